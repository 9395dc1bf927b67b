"""Inputs for Reverse Linked List, in LeetCode's list form ([1, 2, 3] is the list 1 -> 2 -> 3).

The mistakes members make, and what shows them:

- returning the old head instead of prev: after the loop it is the tail, so any list
  of two or more nodes comes back as one node;
- never clearing the old head's next (relinking from a stack or from a list of nodes):
  the new tail still points at its old successor and the list loops;
- overwriting cur.next before saving it: the walk ends after the first node;
- an empty list: head is None, and head.next (or a base case that only checks
  head.next) crashes.

A slow way is not a wrong answer and only the maximum shows it (worst cases below):
walking to the tail again for every node, or swapping values by position, is O(n^2).
"""

from hypothesis import strategies as st

LIMIT = 5000


def strategy_short():
    """0 to 4 nodes, small values with repeats: the empty list, one node, and the first links to turn."""
    return st.lists(st.integers(-3, 3), max_size=4).map(lambda head: {"head": head})


def strategy_distinct():
    """Up to 10 distinct values anywhere in the range: a lost or misdirected link shows in the order."""
    return st.lists(st.integers(-LIMIT, LIMIT), max_size=10, unique=True).map(lambda head: {"head": head})


def worst_random(n, rng):
    """n nodes with random values: every approach walks all of them; a recursive one recurses n deep."""
    return {"head": [rng.randint(-LIMIT, LIMIT) for _ in range(n)]}


def worst_ascending(n, rng):
    """n distinct ascending values (from a random start): the reversed order is plain to read."""
    start = rng.randint(-LIMIT, LIMIT - n + 1)
    return {"head": list(range(start, start + n))}

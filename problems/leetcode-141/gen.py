"""Inputs for Linked List Cycle: a list in LeetCode's form and pos, the node its tail links to (-1: none).

The kit builds the cycle from pos; hasCycle gets only head. The mistakes members make,
and what shows them:

- remembering values instead of nodes: repeated values without a cycle look like one;
- comparing slow and fast before moving them: they start equal, so every non-empty
  list looks like a cycle;
- checking only whether the walk returns to the head: the tail links to a later node;
- an empty list, or a fast pointer that runs off the end: head is None, or fast.next
  is None on a list of even length, and fast.next.next crashes.

A slow way is not a wrong answer and only the maximum shows it (worst cases below):
asking, for every node, whether its next appears earlier in the list is O(n^2).
"""

from hypothesis import strategies as st

LIMIT = 100_000


@st.composite
def strategy_small(draw):
    """0 to 6 nodes with values in -2..2 (repeats) and any pos, including -1 and the empty list."""
    head = draw(st.lists(st.integers(-2, 2), max_size=6))
    return {"head": head, "pos": draw(st.integers(-1, len(head) - 1))}


def strategy_repeats_no_cycle():
    """2 to 8 nodes holding only 0s and 1s, no cycle: a set of values sees a repeat at once."""
    return st.lists(st.integers(0, 1), min_size=2, max_size=8).map(lambda head: {"head": head, "pos": -1})


@st.composite
def strategy_cycle_past_head(draw):
    """2 to 8 distinct values, the tail linked to a node after the head: the walk never returns to head."""
    head = draw(st.lists(st.integers(-LIMIT, LIMIT), min_size=2, max_size=8, unique=True))
    return {"head": head, "pos": draw(st.integers(1, len(head) - 1))}


def values(n, rng):
    return [rng.randint(-LIMIT, LIMIT) for _ in range(n)]


def worst_no_cycle(n, rng):
    """n nodes, no cycle: every approach walks to the end; checking each node against the earlier ones is O(n^2)."""
    return {"head": values(n, rng), "pos": -1}


def worst_cycle_to_head(n, rng):
    """The tail links back to the head: a cycle of all n nodes."""
    return {"head": values(n, rng), "pos": 0 if n else -1}


def worst_tail_to_itself(n, rng):
    """The tail links to itself: the longest walk before the cycle."""
    return {"head": values(n, rng), "pos": n - 1}

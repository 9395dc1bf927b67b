"""Inputs for Merge k Sorted Lists: k sorted lists in LeetCode's list form, at most 10^4 nodes in all.

Lists drawn from the bounds are almost never sorted, so every input is sorted here.
The mistakes members make, and what shows them:

- a heap of (value, node) pairs: when two heads hold the same value, heapq compares the
  nodes themselves and raises TypeError; lists whose heads tie;
- pushing every head, including an empty list's None: empty lists among full ones;
- no lists at all (k = 0): pairwise merging that ends with lists[0] fails on [];
- popping a node and forgetting to push its next: lists of two or more nodes.

A slow way is not a wrong answer and only the maximum shows it (worst cases below):
merging the lists into the answer one after another walks the growing answer k times,
O(kN), which 10^4 one-node lists with ascending values make quadratic.
"""

from hypothesis import strategies as st

LIMIT = 10_000
TOTAL = 10_000


def sorted_lists(values, max_lists, max_len):
    return st.lists(st.lists(values, max_size=max_len).map(sorted), max_size=max_lists)


def strategy_small():
    """0 to 4 lists of 0 to 4 values in -3..3: k = 0, empty lists and ties between heads."""
    return sorted_lists(st.integers(-3, 3), 4, 4).map(lambda lists: {"lists": lists})


@st.composite
def strategy_tied_heads(draw):
    """2 to 5 lists that all start with the same value."""
    head = draw(st.integers(-5, 5))
    lists = draw(st.lists(st.lists(st.integers(head, head + 5), max_size=3), min_size=2, max_size=5))
    return {"lists": [[head] + sorted(rest) for rest in lists]}


@st.composite
def strategy_with_empties(draw):
    """Full lists with empty ones mixed in, in any order."""
    full = draw(sorted_lists(st.integers(-LIMIT, LIMIT), 3, 5))
    lists = full + [[]] * draw(st.integers(1, 3))
    return {"lists": draw(st.permutations(lists))}


def nodes_per_list(n):
    """As many nodes a list as the 10^4 total and the 500 a list allow."""
    return min(500, TOTAL // n) if n else 0


def worst_ascending_singletons(n, rng):
    """n lists; list i holds the i-th smallest values, so each one merged in goes at the very end of
    the answer so far: one-at-a-time merging walks the whole answer every time."""
    per = nodes_per_list(n)
    values = sorted(rng.randint(-LIMIT, LIMIT) for _ in range(per * n))
    return {"lists": [values[i * per:(i + 1) * per] for i in range(n)]}


def worst_random(n, rng):
    """n lists sharing 10^4 random values: the heap holds n heads all along."""
    per = nodes_per_list(n)
    return {"lists": [sorted(rng.randint(-LIMIT, LIMIT) for _ in range(per)) for _ in range(n)]}

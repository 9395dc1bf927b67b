"""Inputs for Remove Nth Node From End of List: a list of 1 to 30 nodes and 1 <= n <= its length.

Values are distinct where it matters, so removing the wrong node changes the answer.
The mistakes members make, and what shows them:

- no dummy node: when n equals the length the head itself goes, and code that looks for
  the node before it crashes or removes the wrong one;
- a gap off by one between the two pointers: the neighbour of the right node is removed;
- counting n from the front instead of from the end: any list where the two differ.

At 30 nodes no slower approach can be told apart by time: the limit only stops a
runaway loop.
"""

from hypothesis import strategies as st


@st.composite
def strategy_small(draw):
    """1 to 6 distinct values and any valid n."""
    head = draw(st.lists(st.integers(0, 100), min_size=1, max_size=6, unique=True))
    return {"head": head, "n": draw(st.integers(1, len(head)))}


def strategy_remove_head():
    """n equal to the length: the head itself is removed (a single node leaves nothing)."""
    return st.lists(st.integers(0, 100), min_size=1, max_size=6, unique=True).map(
        lambda head: {"head": head, "n": len(head)})


@st.composite
def strategy_long(draw):
    """Up to 30 distinct values, n anywhere: far from either end."""
    head = draw(st.lists(st.integers(0, 100), min_size=1, max_size=30, unique=True))
    return {"head": head, "n": draw(st.integers(1, len(head)))}


def worst_remove_head(n, rng):
    """n nodes, the head removed: a two-pass walk counts them all first."""
    return {"head": [rng.randint(0, 100) for _ in range(n)], "n": n}


def worst_remove_last(n, rng):
    """n nodes, the last removed: the back pointer walks to the end."""
    return {"head": [rng.randint(0, 100) for _ in range(n)], "n": 1}

"""Input generators for 보석 쇼핑.

The mistakes members make here:

- ties kept the wrong way: replacing the best window when the new one is as
  short (<=), which returns the LAST of the shortest windows, not the first;
- a 0-based answer: returning the window's indices as Python sees them, one
  less than the 1-based shelf numbers;
- stale counts: decrementing a kind's count as it leaves the window without
  removing the kind at 0, so len(counts) still says "every kind inside" and
  the window shrinks past gems it needs;
- stopping at the first full window: shrinking it from the left and returning,
  when a shorter window may start later.

Too slow rather than wrong, and left to the runs at maximum size: checking
every window, or growing a set from every start (grow_from_each_start.py, expected
TLE), O(n^2) or worse on 100,000 gems.

Uniform gems over many names make the whole shelf the only full window, where
none of these shows. These strategies use two to four kinds, repeat them so
several shortest windows tie, and hide a short window after a long first one.
"""

from hypothesis import strategies as st

NAMES = ("DIA", "RUBY", "EMERALD", "SAPPHIRE", "A", "B")


@st.composite
def strategy_few_kinds(draw):
    """Up to 12 gems of at most four kinds, repeats everywhere."""
    kinds = draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=4, unique=True))
    return {"gems": draw(st.lists(st.sampled_from(kinds), min_size=1, max_size=12))}


@st.composite
def strategy_tied_windows(draw):
    """One round of every kind, repeated: many shortest windows of the same length, the first one wanted."""
    kinds = draw(st.lists(st.sampled_from(NAMES), min_size=2, max_size=4, unique=True))
    order = draw(st.permutations(kinds))
    gems = list(order) * draw(st.integers(2, 3))
    extra = draw(st.lists(st.sampled_from(kinds), max_size=3))
    at = draw(st.integers(0, len(gems)))
    return {"gems": gems[:at] + extra + gems[at:]}


@st.composite
def strategy_late_short(draw):
    """A long first full window, then a compact one at the end: stopping at the first is wrong."""
    a, b, c = draw(st.lists(st.sampled_from(NAMES), min_size=3, max_size=3, unique=True))
    filler = draw(st.lists(st.sampled_from((a, b)), min_size=1, max_size=5))
    tail = draw(st.permutations((a, b, c)))
    return {"gems": [a, b] + filler + [c] + draw(st.lists(st.sampled_from((a, b)), max_size=2)) + list(tail)}


def name(i):
    """The i-th gem name: base 26 in capital letters, A, B, ..., Z, BA, BB, ..."""
    letters = ""
    while True:
        i, r = divmod(i, 26)
        letters = chr(65 + r) + letters
        if i == 0:
            return letters


def worst_random_kinds(n, rng):
    """n gems over 1,000 kinds (fewer when n is small), uniformly: a long window slides through."""
    kinds = [name(i) for i in range(max(1, min(1000, n // 2)))]
    return {"gems": [rng.choice(kinds) for _ in range(n)]}


def worst_all_distinct(n, rng):
    """Every gem is its own kind: the whole shelf is the only window, n kinds to keep."""
    gems = [name(i) for i in range(n)]
    rng.shuffle(gems)
    return {"gems": gems}


def worst_rare_kind(n, rng):
    """Half the gems distinct, the rest repeats, and one kind only at both ends: long windows everywhere."""
    kinds = [name(i) for i in range(1, n // 2 + 1)]
    middle = kinds + [rng.choice(kinds) for _ in range(n - 2 - len(kinds))]
    rng.shuffle(middle)
    return {"gems": (["A"] + middle + ["A"])[:n]}

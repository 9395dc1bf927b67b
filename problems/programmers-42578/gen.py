"""Input generators for 의상 beyond what the constraints alone give.

Derived inputs give every piece a random two-letter kind, so kinds almost never
repeat. The mistakes live in how pieces share kinds. The mistakes members make,
and what shows them:

- forgetting to subtract the outfit with nothing on: any input;
- multiplying the piece counts without the "+ 1" for leaving a kind off: two kinds or more;
- counting the single pieces plus the outfit with one piece of every kind, which
  happens to match both official examples: three kinds or more;
- grouping by the piece's name (clothes[i][0]) instead of its kind: two pieces of one kind.

Listing every combination of kinds is right but takes 2^k steps for k kinds;
the worst case with 30 kinds is there for it (Programmers' own test 1 has 30).
"""

from string import ascii_lowercase

from hypothesis import strategies as st

LETTERS = ascii_lowercase + "_"
KINDS = ["headgear", "eyewear", "face", "top", "bottom", "outer_wear"]


@st.composite
def _wardrobe(draw, kinds):
    names = draw(st.lists(st.text(LETTERS, min_size=1, max_size=8), min_size=1, max_size=10, unique=True))
    return {"clothes": [[name, draw(kinds)] for name in names]}


def strategy_shared_kinds():
    """Up to 10 pieces over up to 6 kinds: kinds with one, two and more pieces."""
    return st.integers(1, len(KINDS)).flatmap(lambda k: _wardrobe(st.sampled_from(KINDS[:k])))


def strategy_one_kind():
    """Every piece of the same kind: the answer is the number of pieces."""
    return st.sampled_from(KINDS).flatmap(lambda kind: _wardrobe(st.just(kind)))


def _names(n, rng):
    """n different names of 1 to 20 letters (or '_')."""
    names = set()
    while len(names) < n:
        names.add("".join(rng.choices(LETTERS, k=rng.randint(1, 20))))
    return sorted(names)


def worst_every_kind_once(n, rng):
    """n pieces, each of its own kind: 2^n - 1 outfits, and 2^n sets of kinds to list."""
    return {"clothes": [[name, kind] for name, kind in zip(_names(n, rng), _names(n, rng))]}


def worst_pairs(n, rng):
    """Two pieces of each kind: 3^(n/2) - 1 outfits, the largest answer for few kinds."""
    kinds = _names((n + 1) // 2, rng)
    return {"clothes": [[name, kinds[i // 2]] for i, name in enumerate(_names(n, rng))]}

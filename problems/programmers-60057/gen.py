"""Input generators for 문자열 압축.

The mistakes members make here:

- a count of 10 or more counted as one character: "10a" is three long, not two;
- only units that divide len(s): "abcabcdede" (10 letters) compresses best
  with a unit of 3, cut abc|abc|ded|e; any unit up to len(s) // 2 may win;
- the unit range stopping one short, range(1, len(s) // 2): a string that is
  one piece repeated twice ("abab") needs the unit len(s) // 2;
- a string of one character: range(1, 1 // 2 + 1) is empty, so min() of no
  lengths raises, when the answer is 1;
- the leftover piece dropped: the last piece, shorter than the unit, is not added;
- the last run lost: the loop writes a run only when a different piece comes,
  so the final run is never written.

Uniform strings over 26 letters never repeat a piece, where every unit gives
len(s) and none of these shows. These strategies repeat short pieces, often 10
or 100 times, add leftovers, and make strings that are one piece twice.
"""

from hypothesis import strategies as st

LETTERS = "abc"


def _piece(max_len=4):
    return st.text(alphabet=LETTERS, min_size=1, max_size=max_len)


@st.composite
def _runs(draw, counts):
    """A few runs of repeated pieces, each repeated a count from ``counts``."""
    parts = [draw(_piece()) * draw(counts) for _ in range(draw(st.integers(1, 4)))]
    return {"s": "".join(parts)[:1000]}


def strategy_short_runs():
    """Pieces of 1 to 4 letters repeated 1 to 4 times: units compete with each other."""
    return _runs(st.integers(1, 4))


def strategy_long_runs():
    """Pieces repeated 9 to 12 or 99 to 101 times: counts with two and three digits."""
    return _runs(st.sampled_from((9, 10, 11, 12, 99, 100, 101)))


@st.composite
def strategy_twice(draw):
    """One piece written twice, sometimes with a letter after: the unit len(s) // 2 wins."""
    piece = draw(st.text(alphabet=LETTERS, min_size=1, max_size=8))
    return {"s": piece * 2 + draw(st.sampled_from(("", "a", "c")))}


@st.composite
def strategy_with_leftover(draw):
    """Repeats of a 2- to 4-letter piece, then a leftover shorter than the piece."""
    piece = draw(st.text(alphabet=LETTERS, min_size=2, max_size=4))
    tail = draw(st.text(alphabet=LETTERS, min_size=1, max_size=len(piece) - 1))
    return {"s": draw(st.text(alphabet=LETTERS, max_size=3)) + piece * draw(st.integers(2, 5)) + tail}


def strategy_tiny():
    """Strings of 1 to 3 letters, the single letter included."""
    return st.text(alphabet="ab", min_size=1, max_size=3).map(lambda s: {"s": s})


def worst_one_letter(n, rng):
    """n copies of one letter: every unit compresses, the unit 1 into a four-digit count."""
    return {"s": rng.choice("abcdefghijklmnopqrstuvwxyz") * n}


def worst_random(n, rng):
    """Random letters a and b: short runs everywhere, few long ones."""
    return {"s": "".join(rng.choice("ab") for _ in range(n))}


def worst_period(n, rng):
    """A 7-letter piece repeated: every multiple of 7 compresses, the rest do not."""
    piece = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(7))
    return {"s": (piece * (n // 7 + 1))[:n]}

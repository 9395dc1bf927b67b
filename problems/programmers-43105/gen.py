"""Input generators for 정수 삼각형 beyond what the constraints alone give.

Every triangle is built row by row (row i has i + 1 numbers), so each draw obeys
the shape rule that uniform lists almost never meet. The mistakes members make here:

- greedy descent: stepping to the larger of the two cells below, which walks past
  a large number hidden behind a small one;
- a wrapped index: reading best[j - 1] for the left edge j = 0, where Python's -1
  silently reads the row's last cell instead of failing;
- the last cell: returning the base's last (or first) sum instead of its maximum;
- a one-row triangle: an answer variable set only inside the loop over rows 1..,
  so the apex alone gives 0.

Values drawn from a few levels with a huge one among small ones make greedy traps
common; short triangles (one to three rows) reach the edge cases.
"""

from hypothesis import strategies as st

MAX_VALUE = 9999


@st.composite
def _triangle(draw, heights, values):
    """A triangle of a drawn height, row i holding i + 1 draws from values."""
    h = draw(heights)
    return {"triangle": [draw(st.lists(values, min_size=i + 1, max_size=i + 1)) for i in range(h)]}


def strategy_random():
    """Up to 10 rows of any values."""
    return _triangle(st.integers(1, 10), st.integers(0, MAX_VALUE))


def strategy_greedy_traps():
    """Values from a few levels with 9999 among them: big numbers hide behind small ones."""
    return _triangle(st.integers(2, 10), st.sampled_from([0, 1, 2, 5, 9, MAX_VALUE]))


def strategy_short():
    """One to three rows: the apex alone, and the edges of tiny rows."""
    return _triangle(st.integers(1, 3), st.integers(0, MAX_VALUE))


def worst_random(n, rng):
    """n rows of random values."""
    return {"triangle": [[rng.randint(0, MAX_VALUE) for _ in range(i + 1)] for i in range(n)]}


def worst_greedy_trap(n, rng):
    """Small numbers everywhere and 9999 down the right edge below a zero: greedy goes left and never sees them."""
    triangle = [[rng.randint(1, 9) for _ in range(i + 1)] for i in range(n)]
    for i in range(1, n):
        triangle[i][i] = MAX_VALUE if i > 1 else 0
    return {"triangle": triangle}

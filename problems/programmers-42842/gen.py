"""Input generators for 카펫 beyond what the constraints alone give.

Every input is built from a yellow inside of a by b (a >= b >= 1), so it is a real
carpet: brown = 2a + 2b + 4, yellow = a * b. The mistakes members make here:

- height first: returning [height, width], or the sides in the order a loop finds them;
- the total alone: taking the first w by h with w * h == brown + yellow, without
  checking that the inside holds yellow cells;
- the square root left out of the divisor loop (range(1, int(yellow ** 0.5))),
  which misses every square inside, the smallest carpet (8, 1) included;
- the inside's size returned, forgetting the border (+2 on each side).

The strategies favour square insides, one-row insides, and totals with several
divisor pairs, where these go wrong.
"""

from hypothesis import strategies as st


def carpet(a, b):
    """The argument dict for a yellow inside of a by b."""
    return {"brown": 2 * (a + b) + 4, "yellow": a * b}


@st.composite
def strategy_any_inside(draw):
    """Any inside a >= b, small enough for the oracle to be instant."""
    b = draw(st.integers(1, 30))
    a = draw(st.integers(b, 60))
    return carpet(a, b)


def strategy_square_inside():
    """a == b: yellow is a perfect square."""
    return st.integers(1, 40).map(lambda a: carpet(a, a))


def strategy_thin_inside():
    """One or two yellow rows: the carpet is 3 or 4 cells high and often much wider."""
    return st.tuples(st.integers(1, 2), st.integers(1, 80)).map(lambda t: carpet(max(t), min(t)))


def _sides(n):
    """The sum a + b of the inside's sides for brown = n, or n - 1 when n is odd.

    No carpet has an odd brown (its border has 2w + 2h - 4 cells), so an odd size
    cannot be met exactly; the nearest smaller carpet stands in for it.
    """
    return (n - n % 2 - 4) // 2


def worst_square(n, rng):
    """The squarest inside for brown = n: the largest yellow, slow for loops over all of yellow."""
    s = _sides(n)
    return carpet(s - s // 2, s // 2)


def worst_thin(n, rng):
    """A single yellow row: the widest carpet (2499 by 3 at brown = 5000), slowest for double loops over widths and heights."""
    return carpet(_sides(n) - 1, 1)


def worst_random(n, rng):
    """A random split of the inside's sides for brown = n."""
    s = _sides(n)
    b = rng.randint(1, s // 2)
    return carpet(s - b, b)

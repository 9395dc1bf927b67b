"""Input generators for 등굣길 beyond what the constraints alone give.

The mistakes members make here:

- swapped coordinates: reading a puddle [x, y] as [row, column], though x is the
  column (1..m) and y the row (1..n);
- edges set to 1: filling the whole first row and first column with 1 before the
  main loop, though the cells past a puddle on an edge cannot be reached;
- no modulo: Python's big integers never overflow, so forgetting % 1,000,000,007
  passes every small grid and fails once the count passes 10^9 (about 17 by 17);
- a leaking marker: puddles stored as -1 and then added into their neighbours;
- subtracting each puddle once: all paths minus the paths through each puddle,
  which subtracts a path through two puddles twice.

Uniform grids with a few random puddles rarely put a puddle on an edge, in a
non-square grid off the diagonal, or two puddles on one path; the strategies do.
"""

from hypothesis import strategies as st


def _allowed(m, n):
    """Every cell (x, y) that may hold a puddle: all but home (1, 1) and school (m, n)."""
    return [[x, y] for x in range(1, m + 1) for y in range(1, n + 1) if (x, y) not in ((1, 1), (m, n))]


@st.composite
def _grid(draw, sides, cells=None):
    """A grid with sides drawn from sides (not both 1) and up to 10 distinct puddles, drawn from cells(m, n) if given."""
    m, n = draw(sides), draw(sides)
    if m == n == 1:
        m = 2
    pool = (cells or _allowed)(m, n)
    puddles = draw(st.lists(st.sampled_from(pool), max_size=min(10, len(pool)), unique_by=tuple)) if pool else []
    return {"m": m, "n": n, "puddles": puddles}


def strategy_small():
    """Grids up to 6 by 6 with up to 10 puddles: many are blocked or cut off."""
    return _grid(st.integers(1, 6))


def strategy_edges():
    """Puddles on the first row or first column, where the cells behind them get 0 paths."""
    return _grid(st.integers(2, 8), lambda m, n: [c for c in _allowed(m, n) if c[0] == 1 or c[1] == 1])


@st.composite
def strategy_long_and_thin(draw):
    """One side 1 to 3, the other 4 to 12: a puddle read as [row, column] lands elsewhere or off the grid."""
    short, long = draw(st.integers(1, 3)), draw(st.integers(4, 12))
    m, n = (short, long) if draw(st.booleans()) else (long, short)
    pool = _allowed(m, n)
    puddles = draw(st.lists(st.sampled_from(pool), min_size=1, max_size=min(10, len(pool)), unique_by=tuple))
    return {"m": m, "n": n, "puddles": puddles}


def strategy_large():
    """Sides 17 to 100: the count passes 1,000,000,007, so the modulo matters."""
    return _grid(st.integers(17, 100))


def worst_open(n, rng):
    """m = n columns by 100 rows with no puddle: every cell is counted."""
    return {"m": n, "n": 100, "puddles": []}


def worst_ten_puddles(n, rng):
    """m = n columns by 100 rows with 10 random puddles (as many as fit)."""
    pool = _allowed(n, 100)
    return {"m": n, "n": 100, "puddles": rng.sample(pool, min(10, len(pool)))}

"""Inputs for Number of Islands aimed at the mistakes members make.

- diagonal neighbours: cells touching only at a corner joined into one island
  (eight directions instead of four), so a checkerboard comes out too small;
- no bounds check below 0: ``grid[r - 1][c]`` at r = 0 reads the last row in
  Python (a negative index), joining land on opposite edges;
- a square grid assumed: ``len(grid)`` used for the columns too, which misses
  cells of a wide grid or runs off a tall one;
- counting the cells whose upper and left neighbours are water, in one pass:
  right for rectangles, wrong for a U or any island that joins from below;
- land compared with the number 1: the grid holds the strings "1" and "0".

Uniform grids would have to pass the rules on cell and row lengths by luck: the
strategies build m by n grids (m != n often) of one-character strings, with
random land, corner-touching patterns, land on opposite edges, and U shapes.
"""

from hypothesis import strategies as st


def as_grid(rows):
    """Rows of 0/1 (or '0'/'1') as the list of lists of one-character strings the method takes."""
    return {"grid": [["1" if x in (1, "1") else "0" for x in row] for row in rows]}


@st.composite
def strategy_random(draw):
    """Up to 6 by 6, each cell land with a drawn chance: from scattered dots to one big island."""
    m, n = draw(st.integers(1, 6)), draw(st.integers(1, 6))
    percent = draw(st.sampled_from([20, 45, 60, 80]))
    cells = draw(st.lists(st.integers(0, 99), min_size=m * n, max_size=m * n))
    return as_grid([[int(cells[r * n + c] < percent) for c in range(n)] for r in range(m)])


@st.composite
def strategy_corners(draw):
    """A checkerboard-like pattern with a few cells flipped: many islands touching only at corners."""
    m, n = draw(st.integers(1, 6)), draw(st.integers(2, 6))
    rows = [[(r + c + 1) % 2 for c in range(n)] for r in range(m)]
    for _ in range(draw(st.integers(0, 3))):
        r, c = draw(st.integers(0, m - 1)), draw(st.integers(0, n - 1))
        rows[r][c] = 0
    return as_grid(rows)


@st.composite
def strategy_opposite_edges(draw):
    """Land on the first and last rows (or columns) facing each other across water: separate islands."""
    m, n = draw(st.integers(3, 6)), draw(st.integers(3, 6))
    rows = [[0] * n for _ in range(m)]
    for c in draw(st.lists(st.integers(0, n - 1), min_size=1, max_size=n)):
        rows[0][c] = rows[m - 1][c] = 1
    if draw(st.booleans()):
        for r in draw(st.lists(st.integers(1, m - 2), min_size=1, max_size=m)):
            rows[r][0] = rows[r][n - 1] = 1
    return as_grid(rows)


@st.composite
def strategy_u_shape(draw):
    """A U (or an upside-down one) and some noise: one island reached from two tops."""
    m, n = draw(st.integers(2, 6)), draw(st.integers(3, 6))
    rows = [[0] * n for _ in range(m)]
    left = draw(st.integers(0, n - 3))
    right = draw(st.integers(left + 2, n - 1))
    for r in range(m):
        rows[r][left] = rows[r][right] = 1
    bottom = draw(st.sampled_from([0, m - 1]))
    for c in range(left, right + 1):
        rows[bottom][c] = 1
    for _ in range(draw(st.integers(0, 2))):
        rows[draw(st.integers(0, m - 1))][draw(st.integers(0, n - 1))] = 1
    return as_grid(rows)


WIDE = 300  # every worst case is n rows by 300 columns: the constraint maximum at n = 300


def worst_all_land(n, rng):
    """One island covering everything: the longest single search."""
    return as_grid([[1] * WIDE for _ in range(n)])


def worst_checkerboard(n, rng):
    """Land on every other cell: m * n / 2 islands of one cell, a search started for each."""
    return as_grid([[(r + c) % 2 for c in range(WIDE)] for r in range(n)])


def worst_serpentine(n, rng):
    """One winding island, full rows joined at alternate ends: a depth-first search goes about m * n / 2 deep."""
    rows = []
    for r in range(n):
        if r % 2 == 0:
            rows.append([1] * WIDE)
        else:
            row = [0] * WIDE
            row[WIDE - 1 if r % 4 == 1 else 0] = 1
            rows.append(row)
    return as_grid(rows)


def worst_random(n, rng):
    """Each cell land with chance one half: islands of every size."""
    return as_grid([[int(rng.random() < 0.5) for _ in range(WIDE)] for _ in range(n)])

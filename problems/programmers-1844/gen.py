"""Input generators for 게임 맵 최단거리 beyond what the constraints alone give.

The mistakes members make here:

- depth-first search returning the first route it finds, with cells marked
  visited for good: that route is seldom the shortest once the map has loops;
- a missed "impossible": forgetting -1 when the exit cannot be reached, e.g.
  returning the untouched distance (1) or 0 from the map they overwrote;
- steps instead of cells: counting moves, one fewer than the cells passed,
  since the start cell counts too;
- a square map assumed: bounds checked against len(maps) for both rows and
  columns, which breaks (or crashes) on n by m maps with n != m.

Uniform random maps are mostly blocked near the start. The strategies carve a
path first, then add walls; leave most cells open (loops, where the first route
is long); wander in all four directions to open loops and dead ends; wall off
the exit; and make long thin maps, 1 by m or n by 1.
"""

from hypothesis import strategies as st


def carve(grid, steps):
    """Open a right/down path from the top-left to the bottom-right; True in ``steps`` goes down."""
    n, m = len(grid), len(grid[0])
    r = c = 0
    grid[0][0] = 1
    for down in steps:
        if (down and r < n - 1) or c == m - 1:
            r += 1
        else:
            c += 1
        grid[r][c] = 1
    return grid


def ends_open(grid):
    """The start and the exit are always open cells."""
    grid[0][0] = grid[-1][-1] = 1
    return grid


@st.composite
def _size(draw, low=1, high=7):
    n, m = draw(st.integers(low, high)), draw(st.integers(low, high))
    return (n, m) if n * m > 1 else (1, 2)


@st.composite
def strategy_carved(draw):
    """Up to 7 by 7, random walls (sometimes none reachable), often around a carved path."""
    n, m = draw(_size())
    grid = [[draw(st.integers(0, 1)) for _ in range(m)] for _ in range(n)]
    if draw(st.booleans()):
        grid = carve(grid, draw(st.lists(st.booleans(), min_size=n + m - 2, max_size=n + m - 2)))
    return {"maps": ends_open(grid)}


@st.composite
def strategy_mostly_open(draw):
    """Up to 7 by 7 with one wall in five: many routes, and loops that lead a depth-first search astray."""
    n, m = draw(_size(3, 7))
    grid = [[draw(st.integers(0, 4)) and 1 for _ in range(m)] for _ in range(n)]
    return {"maps": ends_open(grid)}


@st.composite
def strategy_wandering(draw):
    """A walk in all four directions from the start to the exit opens loops and dead ends."""
    n, m = draw(_size(2, 7))
    grid = [[0] * m for _ in range(n)]
    if draw(st.booleans()):
        grid = [[draw(st.integers(0, 1)) for _ in range(m)] for _ in range(n)]
    r = c = 0
    grid[0][0] = 1
    moves = iter(draw(st.lists(st.sampled_from("RDLU"), min_size=20, max_size=60)))
    while (r, c) != (n - 1, m - 1):
        step = next(moves, "D" if r < n - 1 else "R")
        dr, dc = {"R": (0, 1), "D": (1, 0), "L": (0, -1), "U": (-1, 0)}[step]
        if 0 <= r + dr < n and 0 <= c + dc < m:
            r, c = r + dr, c + dc
            grid[r][c] = 1
    return {"maps": grid}


@st.composite
def strategy_walled_exit(draw):
    """Open cells everywhere but a wall around the exit: the answer is -1."""
    n, m = draw(_size(2, 7))
    grid = [[draw(st.integers(0, 3)) and 1 for _ in range(m)] for _ in range(n)]
    for r, c in ((n - 2, m - 1), (n - 1, m - 2), (n - 2, m - 2)):
        if r >= 0 and c >= 0:
            grid[r][c] = 0
    return {"maps": ends_open(grid)}


@st.composite
def strategy_thin(draw):
    """One row or one column, sometimes blocked: the non-square shapes at their extreme."""
    length = draw(st.integers(2, 12))
    line = [draw(st.integers(0, 4)) and 1 for _ in range(length)]
    line[0] = line[-1] = 1
    grid = [line] if draw(st.booleans()) else [[x] for x in line]
    return {"maps": grid}


def snake(n, m):
    """Open rows joined by single gaps at alternating ends: the longest shortest path."""
    grid = [[1] * m if r % 2 == 0 else [0] * m for r in range(n)]
    for r in range(1, n, 2):
        grid[r][m - 1 if r // 2 % 2 == 0 else 0] = 1
    grid[n - 1] = [1] * m
    return grid


WIDTH = 100  # worst cases are n rows by 100 columns: square at the maximum n = 100


def worst_snake(n, rng):
    """An n by 100 serpentine: about half the cells on the only path, the most sweeps for relaxation."""
    return {"maps": snake(n, WIDTH)}


def worst_open(n, rng):
    """No walls: every cell is reached, by many equally short routes."""
    return {"maps": [[1] * WIDTH for _ in range(n)]}


def worst_random(n, rng):
    """Seven in ten cells open, plus a carved path."""
    grid = [[1 if rng.random() < 0.7 else 0 for _ in range(WIDTH)] for _ in range(n)]
    return {"maps": carve(grid, [rng.random() < 0.5 for _ in range(n + WIDTH - 2)])}


def worst_walled_exit(n, rng):
    """Everything open but the exit's neighbours: the whole map is searched, then -1."""
    grid = [[1] * WIDTH for _ in range(n)]
    grid[n - 1][WIDTH - 2] = 0
    if n > 1:
        grid[n - 2][WIDTH - 1] = 0
    return {"maps": grid}

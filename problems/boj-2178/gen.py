"""Mazes for 미로 탐색, written as Baekjoon's input text. The exit is always reachable.

Every maze gets a carved path of open cells from the entrance to the exit, so
that random walls never cut it off. The mistakes members make, and the mazes
that show them:

- counting steps instead of cells (one short): any maze;
- depth-first search, printing the first route found rather than the shortest:
  mazes with loops and dead ends, carved by a walk that wanders in all four
  directions (``strategy_detours``);
- a search that never turns back up or left: the serpentine corridors.
"""

from hypothesis import strategies as st


def text(grid):
    """The input text: "N M", then each row as a string of 0s and 1s."""
    return f"{len(grid)} {len(grid[0])}\n" + "".join("".join(map(str, row)) + "\n" for row in grid)


def carve(grid, downs):
    """Open a right/down path from the top-left to the bottom-right; ``downs`` says which steps go down."""
    n, m = len(grid), len(grid[0])
    r = c = 0
    grid[0][0] = 1
    for step in downs:
        if (step and r < n - 1) or c == m - 1:
            r += 1
        else:
            c += 1
        grid[r][c] = 1
    return grid


@st.composite
def strategy_small_mazes(draw):
    """Up to 6 by 6: walls at random around a carved right/down path."""
    n, m = draw(st.integers(2, 6)), draw(st.integers(2, 6))
    grid = [[draw(st.integers(0, 1)) for _ in range(m)] for _ in range(n)]
    downs = draw(st.lists(st.booleans(), min_size=n + m - 2, max_size=n + m - 2))
    return text(carve(grid, downs))


@st.composite
def strategy_winding(draw):
    """Serpentine corridors, where the shortest path must turn back and forth."""
    n, m = draw(st.integers(2, 7)), draw(st.integers(2, 7))
    return text(snake(n, m, flip=draw(st.booleans())))


@st.composite
def strategy_detours(draw):
    """Up to 7 by 7, carved by a wandering walk: loops and dead ends, where depth-first search goes wrong."""
    n, m = draw(st.integers(3, 7)), draw(st.integers(3, 7))
    grid = [[draw(st.integers(0, 1)) for _ in range(m)] for _ in range(n)]
    # A random walk in all four directions, from the entrance until it reaches the exit:
    # it opens loops and dead ends, so the first route a search finds is rarely the shortest.
    r = c = 0
    grid[0][0] = 1
    moves = iter(draw(st.lists(st.sampled_from("RDLU"), min_size=60, max_size=60)))
    while (r, c) != (n - 1, m - 1):
        step = next(moves, "R" if c < m - 1 else "D")
        dr, dc = {"R": (0, 1), "D": (1, 0), "L": (0, -1), "U": (-1, 0)}[step]
        if 0 <= r + dr < n and 0 <= c + dc < m:
            r, c = r + dr, c + dc
            grid[r][c] = 1
    return text(grid)


def snake(n, m, flip=False):
    """Open rows joined by single gaps at alternating ends: the longest shortest path."""
    grid = [[1] * m if r % 2 == 0 else [0] * m for r in range(n)]
    for r in range(1, n, 2):
        grid[r][(m - 1) if (r // 2 % 2 == 0) != flip else 0] = 1
    grid[n - 1] = [1] * m  # the exit row is open, whatever its parity
    return grid


def worst_snake(n, rng):
    """An n by n serpentine: about n^2 / 2 cells on the only path."""
    return text(snake(n, n))


def worst_open(n, rng):
    """No walls at all: the search touches every one of the n^2 cells."""
    return text([[1] * n for _ in range(n)])


def worst_random(n, rng):
    """Seven in ten cells open, plus a carved path."""
    grid = [[1 if rng.random() < 0.7 else 0 for _ in range(n)] for _ in range(n)]
    return text(carve(grid, [rng.random() < 0.5 for _ in range(2 * n - 2)]))

"""Maps for 단지번호붙이기, written as Baekjoon's input text: N, then N rows of N digits with no spaces.

The mistakes members make, and the maps that show them:

- printing the sizes in the order the complexes were found instead of
  ascending (``strategy_sizes_apart``: a big complex found before a small one);
- sorting the sizes as strings, so 10 comes before 9 (``strategy_sizes_apart``:
  sizes on both sides of 10);
- joining houses that touch only at a corner, as if diagonals were connected
  (``strategy_diagonals``);
- reading each row with split(), as if the digits were separated by spaces: the
  whole row becomes one number (any map).
"""

from hypothesis import strategies as st


def text(grid):
    """The input text: N, then each row as a string of 0s and 1s."""
    return f"{len(grid)}\n" + "".join("".join(map(str, row)) + "\n" for row in grid)


@st.composite
def strategy_small(draw):
    """5 to 8 cells a side, houses at any density, empty maps included."""
    n = draw(st.integers(5, 8))
    density = draw(st.sampled_from([(0,), (0, 0, 0, 1), (0, 1), (0, 1, 1, 1), (1,)]))
    return text([[draw(st.sampled_from(density)) for _ in range(n)] for _ in range(n)])


@st.composite
def strategy_sizes_apart(draw):
    """A big block of houses (10 or more) in the top rows, then small ones below: found big first."""
    n = draw(st.integers(5, 9))
    grid = [[0] * n for _ in range(n)]
    rows = draw(st.integers(2, 3))
    width = draw(st.integers(max(1, -(-10 // rows)), n))
    for r in range(rows):
        for c in range(width):
            grid[r][c] = 1
    for r in range(rows + 1, n):
        for c in range(n):
            grid[r][c] = draw(st.sampled_from((0, 0, 1)))
    return text(grid)


@st.composite
def strategy_diagonals(draw):
    """Houses that touch only at corners, as on a chessboard, with a few joined pairs."""
    n = draw(st.integers(5, 8))
    grid = [[(r + c) % 2 for c in range(n)] for r in range(n)]
    for _ in range(draw(st.integers(0, 3))):
        grid[draw(st.integers(0, n - 1))][draw(st.integers(0, n - 1))] = draw(st.integers(0, 1))
    return text(grid)


def worst_full(n, rng):
    """Every cell a house: one complex of n * n, searched n * n deep by a recursive DFS."""
    return text([[1] * n for _ in range(n)])


def worst_chessboard(n, rng):
    """A chessboard: about n * n / 2 complexes of one house, the longest output."""
    return text([[(r + c + 1) % 2 for c in range(n)] for r in range(n)])


def worst_snake(n, rng):
    """One winding complex: every other row full, joined at alternating ends."""
    grid = [[1] * n if r % 2 == 0 else [0] * n for r in range(n)]
    for r in range(1, n, 2):
        grid[r][n - 1 if r % 4 == 1 else 0] = 1
    return text(grid)

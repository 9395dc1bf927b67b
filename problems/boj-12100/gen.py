"""Boards for 2048 (Easy), written as Baekjoon's input text: "N", then N rows of N tiles.

Every board is N by N (1 <= N <= 20), each cell 0 (empty) or a power of two from 2 to
1024, with at least one tile. Small boards stay at 2..4 a side so that a counterexample
prints as a board you can play by hand. The rules members get wrong, and the boards
that show them:

- letting a tile that has just merged merge again in the same move (2 2 4 moved left
  gives 4 4, not 8): rows with runs of doubling tiles (``strategy_runs``);
- merging from the far side instead of toward the wall (2 2 2 moved left gives 4 2,
  not 2 4): rows with three or more equal tiles (``strategy_runs``);
- merging only tiles that start side by side, forgetting that tiles slide over empty
  cells first (2 0 2 moved left gives 4): runs broken by gaps (``strategy_runs``);
- stopping after four moves (an off-by-one in the depth) when the largest tile needs
  all five: boards whose tiles build one chain (``strategy_chains``).
"""

from hypothesis import strategies as st

TILES = (2, 4, 8, 16, 32)


def text(board):
    """The input text: "N", then each row's tiles."""
    return f"{len(board)}\n" + "".join(" ".join(map(str, row)) + "\n" for row in board)


def ensure_tile(board):
    if not any(any(row) for row in board):
        board[0][0] = 2
    return board


@st.composite
def strategy_small_boards(draw):
    """Up to 4 by 4, tiles of a few small values with gaps: moves merge often."""
    n = draw(st.integers(1, 4))
    cell = st.sampled_from((0, 0, 2, 2, 4, 8, 16))
    board = [[draw(cell) for _ in range(n)] for _ in range(n)]
    return text(ensure_tile(board))


@st.composite
def strategy_runs(draw):
    """Rows (or columns) made of runs of equal or doubling tiles, with gaps between some of them."""
    n = draw(st.integers(2, 4))
    board = [[0] * n for _ in range(n)]
    for r in range(n):
        base = draw(st.sampled_from((2, 4, 8)))
        for c in range(n):
            board[r][c] = draw(st.sampled_from((0, base, base, base * 2)))
    if draw(st.booleans()):
        board = [list(col) for col in zip(*board)]
    return text(ensure_tile(board))


@st.composite
def strategy_chains(draw):
    """A doubling chain 2, 2, 4, 8, ... laid along a snake of cells: every merge needs its own move."""
    n = draw(st.integers(2, 4))
    length = draw(st.integers(3, min(n * n, 7)))
    snake = [(r, c if r % 2 == 0 else n - 1 - c) for r in range(n) for c in range(n)]
    start = draw(st.integers(0, n * n - length))
    values = [2, 2] + [2 ** k for k in range(2, length)]
    if draw(st.booleans()):
        values.reverse()
    board = [[0] * n for _ in range(n)]
    for (r, c), v in zip(snake[start:start + length], values):
        board[r][c] = min(v, 1024)
    for r, c in draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=2)):
        board[r][c] = draw(st.sampled_from((0, 2, 4)))
    return text(ensure_tile(board))


def worst_distinct(n, rng):
    """An n by n board full of tiles of many values: few merges, so every sequence of moves gives a new board."""
    return text([[2 ** rng.randint(1, 10) for _ in range(n)] for _ in range(n)])


def worst_all_twos(n, rng):
    """An n by n board of 2s: every move merges whole lines."""
    return text([[2] * n for _ in range(n)])

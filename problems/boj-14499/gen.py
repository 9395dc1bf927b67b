"""Maps and moves for 주사위 굴리기, as Baekjoon's input text: "N M x y K", N rows of M digits, K commands.

x is the die's row and y its column, both from 0; the map cell under the die at the
start is 0. A command is 1 (east), 2 (west), 3 (north) or 4 (south). Small maps
stay at 1..5 a side, so a counterexample is a few rolls you can follow by hand.
The rules members get wrong:

- the faces after a roll: an east or west roll, or a north or south roll, that
  moves the faces the wrong way (every map with rolls both ways, and numbers to
  copy onto the die so the faces differ: ``strategy_small_maps``);
- a move off the map: it is ignored, the die does not turn and nothing is
  printed (``strategy_edges``: one-row and one-column maps, the die on an edge);
- the copy between the die and the map: on a 0 cell the die's bottom is written
  to the map; on any other cell the map's number goes to the die's bottom and the
  cell becomes 0 (``strategy_long_walks``: many nonzero cells and long walks that
  come back to emptied cells with another face down);
- x and y swapped: x is the row (``strategy_small_maps``, with N != M).
"""

from hypothesis import strategies as st


def text(board, x, y, commands):
    """The input text: the first line, the map rows, the commands."""
    rows = "".join(" ".join(map(str, row)) + "\n" for row in board)
    head = f"{len(board)} {len(board[0])} {x} {y} {len(commands)}\n"
    return head + rows + " ".join(map(str, commands)) + "\n"


@st.composite
def board_and_start(draw, n, m):
    """An n by m map of digits, a start cell set to 0."""
    board = [[draw(st.sampled_from((0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9))) for _ in range(m)] for _ in range(n)]
    x, y = draw(st.integers(0, n - 1)), draw(st.integers(0, m - 1))
    board[x][y] = 0
    return board, x, y


@st.composite
def strategy_small_maps(draw):
    """Up to 5 by 5, mostly nonzero digits, up to 30 moves in any direction."""
    n, m = draw(st.integers(1, 5)), draw(st.integers(1, 5))
    board, x, y = draw(board_and_start(n, m))
    commands = draw(st.lists(st.integers(1, 4), min_size=1, max_size=30))
    return text(board, x, y, commands)


@st.composite
def strategy_edges(draw):
    """One row or one column (or a 2-wide strip): many moves try to leave the map."""
    long_side = draw(st.integers(1, 5))
    short_side = draw(st.integers(1, 2))
    n, m = (short_side, long_side) if draw(st.booleans()) else (long_side, short_side)
    board, x, y = draw(board_and_start(n, m))
    commands = draw(st.lists(st.integers(1, 4), min_size=1, max_size=20))
    return text(board, x, y, commands)


@st.composite
def strategy_long_walks(draw):
    """2..4 a side, 20 to 60 moves: the die comes back to cells it emptied, with another face down."""
    n, m = draw(st.integers(2, 4)), draw(st.integers(2, 4))
    board, x, y = draw(board_and_start(n, m))
    commands = draw(st.lists(st.integers(1, 4), min_size=20, max_size=60))
    return text(board, x, y, commands)


def worst_full(n, rng):
    """An n by n map of random digits, the die in the middle, 1,000 random moves."""
    board = [[rng.randrange(10) for _ in range(n)] for _ in range(n)]
    board[n // 2][n // 2] = 0
    return text(board, n // 2, n // 2, [rng.randint(1, 4) for _ in range(1000)])


def worst_back_and_forth(n, rng):
    """Rolls east and west, north and south in turn: 1,000 moves that all stay on the map."""
    board = [[rng.randrange(10) for _ in range(n)] for _ in range(n)]
    board[0][0] = 0
    pattern = [1, 4, 2, 3] if n > 1 else [1, 2, 3, 4]
    return text(board, 0, 0, [pattern[i % 4] for i in range(1000)])

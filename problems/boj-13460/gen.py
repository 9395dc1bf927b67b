"""Boards for 구슬 탈출 2, written as Baekjoon's input text: "N M", then N rows of '.', '#', 'O', 'R', 'B'.

Every board has '#' all around its border, one hole 'O', one red bead 'R' and one blue
bead 'B' (3 <= N, M <= 10). Small boards stay at 3..6 a side so that a counterexample
prints as a board you can tilt by hand. The rules members get wrong, and the boards
that show them:

- rolling each bead as if the other were not there, so both stop on one cell
  (``strategy_lined_up``: both beads in one corridor);
- always rolling red first, whatever the direction: when blue is ahead, red must
  stop behind blue's new cell, not its old one (``strategy_lined_up``);
- counting red and blue dropping in on the same tilt as a success: blue in the hole
  is a failure even together with red (``strategy_lined_up``, the hole at the end of
  the corridor the beads share);
- forgetting the limit of ten tilts: a board that needs eleven prints 11 instead of
  -1 (``strategy_deep``).
"""

from hypothesis import strategies as st

# Found by search: the red bead needs eleven tilts (with the blue bead kept out of the hole).
DEEP = (
    ["########", "#..#...#", "#..#...#", "#O..#RB#", "#......#", "###.#..#", "#...#.##", "########"],
)


def text(rows):
    """The input text: "N M", then each row."""
    return f"{len(rows)} {len(rows[0])}\n" + "".join(row + "\n" for row in rows)


def walled(n, m):
    return [["#" if r in (0, n - 1) or c in (0, m - 1) else "." for c in range(m)] for r in range(n)]


@st.composite
def strategy_small_boards(draw):
    """Up to 6 by 6, a few walls inside, the beads and the hole on random free cells."""
    n, m = draw(st.integers(3, 6)), draw(st.integers(3, 6))
    if (n - 2) * (m - 2) < 3:
        m = max(m, 5)
    grid = walled(n, m)
    inside = [(r, c) for r in range(1, n - 1) for c in range(1, m - 1)]
    order = draw(st.permutations(inside))
    (rr, rc), (br, bc), (orow, ocol) = order[:3]
    grid[rr][rc], grid[br][bc], grid[orow][ocol] = "R", "B", "O"
    for r, c in order[3:3 + draw(st.integers(0, max(0, len(inside) - 3) // 2))]:
        grid[r][c] = "#"
    return text(["".join(row) for row in grid])


@st.composite
def strategy_lined_up(draw):
    """The beads and the hole in one corridor (a row, or a column), in any order, with a side room or not."""
    length = draw(st.integers(3, 7))
    tall = draw(st.booleans())
    n, m = (3, length + 2) if not tall else (length + 2, 3)
    if draw(st.booleans()):
        n, m = (4, m) if not tall else (n, 4)  # a second lane beside the corridor
    grid = walled(n, m)
    cells = [(1, c) for c in range(1, m - 1)] if not tall else [(r, 1) for r in range(1, n - 1)]
    three = draw(st.permutations(cells))[:3]
    for (r, c), ch in zip(three, "RBO"):
        grid[r][c] = ch
    return text(["".join(row) for row in grid])


@st.composite
def strategy_deep(draw):
    """A board that needs more than ten tilts, or the same board with the beads swapped."""
    rows = list(draw(st.sampled_from(DEEP)))
    if draw(st.booleans()):
        rows = [row.replace("R", "x").replace("B", "R").replace("x", "B") for row in rows]
    return text(rows)


def worst_open(n, rng):
    """An n by n open room: the most positions for the search to visit."""
    grid = walled(n, n)
    grid[1][1], grid[n - 2][n - 2], grid[n // 2][n // 2] = "R", "B", "O"
    grid[n // 2][n // 2 - 1] = grid[n // 2][n // 2 + 1] = "#"
    return text(["".join(row) for row in grid])


def worst_maze(n, rng):
    """An n by n board with scattered walls and the hole far from the beads."""
    grid = walled(n, n)
    for r in range(1, n - 1):
        for c in range(1, n - 1):
            if rng.random() < 0.2:
                grid[r][c] = "#"
    grid[1][1], grid[1][2], grid[n - 2][n - 2] = "R", "B", "O"
    return text(["".join(row) for row in grid])

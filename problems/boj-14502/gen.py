"""Maps for 연구소, written as Baekjoon's input text: "N M", then N rows of M cells.

Every map has 2 to 10 viruses (2) and at least 3 empty cells (0). Small maps stay
at 5 by 5 or less, with walls (1) enough to keep the oracle quick. The mistakes
members make, and the maps that show them:

- copying the map with ``lab[:]`` or ``list(lab)``, which shares the rows: the
  virus of one try stays for the next (any map where the best walls are not
  the first ones tried);
- trying the walls with repetition (``product(empty, repeat=3)``, or three
  loops without ``i < j < k``), so the same cell can take two walls and fewer
  than three are raised: wrong when the virus is already shut in and every
  wall costs a safe cell (``strategy_shut_in``);
- letting a wall go on any cell that is not a wall, a virus's included: a wall
  raised on a virus removes it (``strategy_lone_virus``).
"""

from hypothesis import strategies as st


def text(lab):
    """The input text: "N M", then each row's cells."""
    return f"{len(lab)} {len(lab[0])}\n" + "".join(" ".join(map(str, row)) + "\n" for row in lab)


def place(lab, cells, value):
    """Set each (r, c) of ``cells`` to ``value``; returns ``lab``."""
    for r, c in cells:
        lab[r][c] = value
    return lab


@st.composite
def strategy_small_maps(draw):
    """Up to 5 by 5: viruses and walls scattered at random, at least three empty cells."""
    n, m = draw(st.integers(3, 5)), draw(st.integers(3, 5))
    cells = [(r, c) for r in range(n) for c in range(m)]
    order = draw(st.permutations(cells))
    viruses = draw(st.integers(2, min(10, n * m - 3)))
    walls = draw(st.integers(0, n * m - viruses - 3))
    walls = min(walls, draw(st.integers(0, 9)))  # at most a dozen or so empty cells stay open
    lab = [[0] * m for _ in range(n)]
    place(lab, order[:viruses], 2)
    place(lab, order[viruses:viruses + walls], 1)
    return text(lab)


@st.composite
def strategy_shut_in(draw):
    """The viruses already walled in: all three new walls must take safe cells."""
    n, m = draw(st.integers(3, 5)), draw(st.integers(3, 5))
    lab = [[0] * m for _ in range(n)]
    # Viruses in the top-left corner, walled in: no wall can save anything, each one costs a cell.
    place(lab, [(0, 0), (0, 1)], 2)
    place(lab, [(1, 0), (1, 1), (0, 2)], 1)
    if draw(st.booleans()):
        lab[1][2] = 1
    for r, c in draw(st.lists(st.tuples(st.integers(2, n - 1), st.integers(0, m - 1)), max_size=3)):
        if sum(row.count(0) for row in lab) > 3:  # keep at least three empty cells
            lab[r][c] = 1
    return text(lab)


@st.composite
def strategy_lone_virus(draw):
    """A virus in open space that three walls cannot stop: a wall must never replace it."""
    n, m = draw(st.integers(3, 5)), draw(st.integers(3, 5))
    lab = [[0] * m for _ in range(n)]
    # One virus out in the open, the others boxed in: removing the open one would save everything.
    lab[n - 1][m - 1] = 2
    lab[0][0] = 2
    place(lab, [(0, 1), (1, 0)], 1)
    r, c = draw(st.integers(1, n - 1)), draw(st.integers(1, m - 1))
    if (r, c) != (n - 1, m - 1):
        lab[r][c] = draw(st.sampled_from((0, 1, 2)))
    return text(lab)


def worst_two_viruses(n, rng):
    """Two viruses in opposite corners of an n by n room, every other cell empty: C(n^2 - 2, 3) tries."""
    lab = [[0] * n for _ in range(n)]
    lab[0][0] = lab[n - 1][n - 1] = 2
    return text(lab)


def worst_corridor(n, rng):
    """A winding corridor with the viruses at its mouth: the spread takes the most steps."""
    lab = [[0] * n if r % 2 == 0 else [1] * n for r in range(n)]
    for r in range(1, n, 2):
        lab[r][n - 1 if r // 2 % 2 == 0 else 0] = 0
    lab[0][0] = lab[0][1] = 2
    return text(lab)

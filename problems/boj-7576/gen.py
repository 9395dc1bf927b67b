"""Boxes for 토마토, written as Baekjoon's input text: "M N", then N rows of M cells.

Every box holds at least one tomato (a 0 or a 1). Small boxes mix their shapes
(M and N differ), their densities of empty cells, and tomatoes sealed off by
empty cells. The mistakes members make, and the boxes that show them:

- printing the last day without checking that every tomato ripened, so a
  tomato sealed off by empty cells still gives a day count instead of -1
  (``strategy_sealed``);
- starting a separate search from each ripe tomato in turn, instead of from all
  of them at once: the first search ripens far tomatoes "late" that a nearer
  ripe one would reach sooner (``strategy_far_apart``);
- reading the first line as "N M" (rows first) when it is "M N": wrong or a
  crash on every box that is not square;
- walking through empty cells (-1), as a search with its own visited table does
  when it forgets to check that a cell holds a tomato: empty cells then pass
  the ripening on (``strategy_walls``).
"""

from hypothesis import strategies as st


def text(box):
    """The input text: "M N" (columns first), then each row's cells."""
    return f"{len(box[0])} {len(box)}\n" + "".join(" ".join(map(str, row)) + "\n" for row in box)


def with_a_tomato(box, r=0, c=0):
    """``box`` with a tomato at (r, c) when it holds none at all."""
    if all(cell == -1 for row in box for cell in row):
        box[r][c] = 0
    return box


@st.composite
def strategy_small_boxes(draw):
    """Up to 7 by 7, M and N apart: all ripe, none ripe, and everything between."""
    m, n = draw(st.integers(2, 7)), draw(st.integers(2, 7))
    # How often each cell is empty, unripe, ripe: from almost all ripe to none ripe at all.
    weights = draw(st.sampled_from([(-1, 0, 0, 0, 1), (0, 0, 0, 1), (-1, 0, 1, 1, 1), (-1, -1, 0, 0),
                                    (-1, 0, 0, 0, 0, 0, 1), (1, 1, 1, -1)]))
    box = [[draw(st.sampled_from(weights)) for _ in range(m)] for _ in range(n)]
    return text(with_a_tomato(box))


@st.composite
def strategy_sealed(draw):
    """An unripe tomato walled in by empty cells: the answer is -1 whatever else happens."""
    m, n = draw(st.integers(2, 7)), draw(st.integers(2, 7))
    box = [[draw(st.sampled_from((0, 0, 0, 1))) for _ in range(m)] for _ in range(n)]
    r, c = draw(st.integers(0, n - 1)), draw(st.integers(0, m - 1))
    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
        if 0 <= nr < n and 0 <= nc < m:
            box[nr][nc] = -1
    box[r][c] = 0  # an unripe tomato that no ripe one can ever reach
    box[draw(st.integers(0, n - 1))][draw(st.integers(0, m - 1))] = draw(st.sampled_from((-1, 1)))
    return text(box)


@st.composite
def strategy_far_apart(draw):
    """Ripe tomatoes in opposite corners (and maybe one more): the spreading must start from all at once."""
    m, n = draw(st.integers(3, 7)), draw(st.integers(3, 7))
    box = [[draw(st.sampled_from((0, 0, 0, 0, -1))) for _ in range(m)] for _ in range(n)]
    box[0][0] = 1
    box[n - 1][m - 1] = 1  # two far sources: each tomato ripens from the nearer one
    box[draw(st.integers(0, n - 1))][draw(st.integers(0, m - 1))] = draw(st.sampled_from((0, 1)))
    return text(box)


@st.composite
def strategy_walls(draw):
    """A column of empty cells splits the box, sealed or with one gap: ripening must go round."""
    m, n = draw(st.integers(3, 7)), draw(st.integers(3, 7))
    box = [[0] * m for _ in range(n)]
    wall = draw(st.integers(1, m - 2))
    gap = draw(st.one_of(st.none(), st.integers(0, n - 1)))
    for r in range(n):  # a column of empty cells, perhaps with one gap to squeeze through
        if r != gap:
            box[r][wall] = -1
    box[draw(st.integers(0, n - 1))][0] = 1
    if draw(st.booleans()):
        box[draw(st.integers(0, n - 1))][draw(st.integers(wall + 1, m - 1))] = -1
    return text(box)


def worst_half_ripe(n, rng):
    """The left half ripe, the right half not: half a million cells queued on day 0, n / 2 days."""
    half = n // 2
    return text([[1] * half + [0] * (n - half) for _ in range(n)])


def worst_corner(n, rng):
    """One ripe tomato in a corner of a full box, the opposite corner sealed off: -1, known only at the end."""
    box = [[0] * n for _ in range(n)]
    box[0][0] = 1
    box[n - 1][n - 2] = box[n - 2][n - 1] = -1
    return text(box)

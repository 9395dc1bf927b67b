"""Rooms for 로봇 청소기, written as Baekjoon's input text: "N M", "r c d", then N rows of 0 and 1.

Every room has walls (1) all around its border and the robot starts on an empty
cell (0), facing d (0 north, 1 east, 2 south, 3 west). Small rooms stay at 3..7
cells a side so that a counterexample prints as a grid you can trace by hand. The
rules members get wrong, and the rooms that show them:

- turning clockwise instead of counter-clockwise, or looking straight ahead before
  the first turn (the robot must turn left first, then look): any room where two
  neighbours are dirty at once (``strategy_open_rooms``);
- turning around to back up, instead of backing up while still facing the same
  way: the next left turn then points elsewhere (``strategy_corridors``, dead ends
  reached from a side branch);
- stopping when the cell behind is already cleaned: the robot stops only when the
  cell behind is a wall, and backs over cleaned cells freely (``strategy_corridors``,
  ``strategy_boxed_in``).
"""

from hypothesis import strategies as st

STEP = ((-1, 0), (0, 1), (1, 0), (0, -1))  # north, east, south, west


def text(room, r, c, d):
    """The input text: "N M", "r c d", then each row's cells."""
    rows = "".join(" ".join(map(str, row)) + "\n" for row in room)
    return f"{len(room)} {len(room[0])}\n{r} {c} {d}\n" + rows


def walled(n, m, fill):
    """An n by m room of ``fill`` inside a border of walls."""
    return [[1 if r in (0, n - 1) or c in (0, m - 1) else fill for c in range(m)] for r in range(n)]


@st.composite
def strategy_open_rooms(draw):
    """Up to 7 by 7 with a few scattered walls inside: the robot has choices, so turn order matters."""
    n, m = draw(st.integers(3, 7)), draw(st.integers(3, 7))
    room = walled(n, m, 0)
    inside = [(r, c) for r in range(1, n - 1) for c in range(1, m - 1)]
    start = draw(st.sampled_from(inside))
    for r, c in draw(st.lists(st.sampled_from(inside), max_size=len(inside) // 2)):
        if (r, c) != start:
            room[r][c] = 1
    return text(room, *start, draw(st.integers(0, 3)))


@st.composite
def strategy_corridors(draw):
    """Corridors carved by a random walk: dead ends and branches make the robot back up over cleaned cells."""
    n, m = draw(st.integers(4, 7)), draw(st.integers(4, 7))
    room = walled(n, m, 1)
    r, c = draw(st.integers(1, n - 2)), draw(st.integers(1, m - 2))
    start = (r, c)
    room[r][c] = 0
    for d in draw(st.lists(st.integers(0, 3), min_size=1, max_size=3 * n * m)):
        nr, nc = r + STEP[d][0], c + STEP[d][1]
        if 0 < nr < n - 1 and 0 < nc < m - 1:
            r, c = nr, nc
            room[r][c] = 0
    return text(room, *start, draw(st.integers(0, 3)))


@st.composite
def strategy_boxed_in(draw):
    """The robot starts with walls on three sides or all four: its first move is backing up, or stopping."""
    n, m = draw(st.integers(3, 7)), draw(st.integers(3, 7))
    room = walled(n, m, 0)
    r, c, d = draw(st.integers(1, n - 2)), draw(st.integers(1, m - 2)), draw(st.integers(0, 3))
    open_behind = draw(st.booleans())
    for k, (dr, dc) in enumerate(STEP):
        if not (open_behind and k == (d + 2) % 4):
            room[r + dr][c + dc] = 1
    for wr, wc in draw(st.lists(st.tuples(st.integers(1, n - 2), st.integers(1, m - 2)), max_size=4)):
        if (wr, wc) != (r, c):
            room[wr][wc] = 1
    return text(room, r, c, d)


def worst_open_room(n, rng):
    """An empty n by n room: the robot sweeps every one of the (n - 2)^2 cells."""
    return text(walled(n, n, 0), n // 2, n // 2, rng.randrange(4))


def worst_comb(n, rng):
    """A spine with dead-end teeth on both sides: every tooth ends in a long back-up over cleaned cells."""
    room = walled(n, n, 1)
    for c in range(1, n - 1):
        room[n // 2][c] = 0
    for c in range(1, n - 1, 2):
        for r in range(1, n - 1):
            room[r][c] = 0
    return text(room, n // 2, 1, 1)

"""Rooms for 미세먼지 안녕!, written as Baekjoon's input text: "R C T", then R rows of C amounts.

The purifier (-1) fills two vertically adjacent cells of the first column, with at
least two rows above it and two rows below it (6 <= R, C <= 50, 1 <= T <= 1000, every
other cell 0..1000). Small rooms stay at 6..7 a side and a few seconds so that a
counterexample prints as a room you can step through by hand. The rules members get
wrong, and the rooms that show them:

- spreading in place, so a cell spreads dust it received this second, or spreads from
  an amount already changed: neighbouring cells of 5 or more (``strategy_dense``);
- taking a share for the purifier's side (or counting it among the neighbours): dust
  beside the purifier (``strategy_by_the_purifier``);
- turning the bottom loop the same way as the top one instead of clockwise: any dust on
  the bottom loop (``strategy_sparse``, ``strategy_by_the_purifier``);
- letting the dust that flows into the purifier come out again (a cyclic rotation):
  dust on the cells just before the purifier (``strategy_by_the_purifier``).
"""

from hypothesis import strategies as st


def text(room, seconds):
    """The input text: "R C T", then each row's amounts."""
    return f"{len(room)} {len(room[0])} {seconds}\n" + "".join(" ".join(map(str, row)) + "\n" for row in room)


def empty_room(draw):
    rows, cols = draw(st.integers(6, 7)), draw(st.integers(6, 7))
    top = draw(st.integers(2, rows - 4))
    room = [[0] * cols for _ in range(rows)]
    room[top][0] = room[top + 1][0] = -1
    return room, top


@st.composite
def strategy_sparse(draw):
    """A few cells of dust anywhere, one to three seconds."""
    room, _ = empty_room(draw)
    rows, cols = len(room), len(room[0])
    for _ in range(draw(st.integers(1, 4))):
        r, c = draw(st.integers(0, rows - 1)), draw(st.integers(0, cols - 1))
        if room[r][c] != -1:
            room[r][c] = draw(st.sampled_from((5, 7, 10, 12, 25, 40)))
    return text(room, draw(st.integers(1, 3)))


@st.composite
def strategy_dense(draw):
    """Neighbouring cells with 5 or more, so the order of the spread would show."""
    room, _ = empty_room(draw)
    rows, cols = len(room), len(room[0])
    r, c = draw(st.integers(0, rows - 2)), draw(st.integers(1, cols - 2))
    for dr, dc in ((0, 0), (0, 1), (1, 0), (1, 1)):
        room[r + dr][c + dc] = draw(st.sampled_from((0, 5, 9, 10, 20, 50)))
    return text(room, draw(st.integers(1, 2)))


@st.composite
def strategy_by_the_purifier(draw):
    """Dust in the cells around the purifier: beside it, above and below it, and where the air comes back."""
    room, top = empty_room(draw)
    spots = [(top - 1, 0), (top + 2, 0), (top, 1), (top + 1, 1), (top - 1, 1), (top + 2, 1), (top - 2, 0), (top + 3, 0)]
    for r, c in draw(st.lists(st.sampled_from(spots), min_size=1, max_size=3)):
        room[r][c] = draw(st.sampled_from((1, 5, 10, 25)))
    return text(room, draw(st.integers(1, 2)))


def worst_full(n, rng):
    """An n by n room full of dust, purifier in the middle rows, T = 1000."""
    room = [[rng.randint(0, 1000) for _ in range(n)] for _ in range(n)]
    top = n // 2 - 1
    room[top][0] = room[top + 1][0] = -1
    return text(room, 1000)

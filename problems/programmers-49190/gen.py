"""Input generators for 방의 개수 beyond what the constraints alone give.

The mistakes members make here:

- no doubling: counting a room each time a new line reaches a visited lattice
  point (or taking edges - vertices + 1 on the lattice) misses the rooms that
  two diagonals close where they cross, at the centre of a unit square, which
  is no lattice point: an X such as 1, 6, 3 makes a room the count never sees;
- a revisit is not a room: counting every return to a visited point, even
  along a line already drawn (0, 4 goes up and back: no room);
- lines stored one way: remembering (from, to) only, so retracing a line in
  the opposite direction looks like a new line and closes a phantom room.

Uniform walks seldom cross two diagonals in one square or retrace a line both
ways. The strategies splice X shapes (all rotations and mirror images) into
short walks, walk inside a 3 x 3 box (lines are retraced and diagonals cross all
the time), and follow a walk with some of its steps backwards.
"""

from hypothesis import strategies as st

SMALL = 16  # arrows per drawing in the cross-check: the flood fill stays small
MOVES = [(0, 1), (1, 1), (1, 0), (1, -1), (0, -1), (-1, -1), (-1, 0), (-1, 1)]
X_SHAPES = [[1, 6, 3], [1, 4, 7]]  # diagonal, one side of the square, the other diagonal


def turned(arrows, quarter_turns, mirror):
    """``arrows`` turned by 90 degrees ``quarter_turns`` times, mirrored left-right first if ``mirror``."""
    if mirror:
        arrows = [(8 - a) % 8 for a in arrows]
    return [(a + 2 * quarter_turns) % 8 for a in arrows]


@st.composite
def strategy_with_crosses(draw):
    """Short random runs with one to three X shapes spliced in, each turned and mirrored at random."""
    arrows = []
    for _ in range(draw(st.integers(1, 3))):
        arrows += draw(st.lists(st.integers(0, 7), max_size=3))
        arrows += turned(draw(st.sampled_from(X_SHAPES)), draw(st.integers(0, 3)), draw(st.booleans()))
    arrows += draw(st.lists(st.integers(0, 7), max_size=3))
    return {"arrows": arrows[:SMALL]}


@st.composite
def strategy_boxed(draw):
    """A walk that stays within the 3 x 3 points around the origin: retraced lines and crossed diagonals."""
    x = y = 0
    arrows = []
    for _ in range(draw(st.integers(1, SMALL))):
        fits = [a for a, (dx, dy) in enumerate(MOVES) if abs(x + dx) <= 1 and abs(y + dy) <= 1]
        a = draw(st.sampled_from(fits))
        arrows.append(a)
        x, y = x + MOVES[a][0], y + MOVES[a][1]
    return {"arrows": arrows}


@st.composite
def strategy_retraced(draw):
    """A random walk, then some of its last steps walked backwards along the same lines."""
    walk = draw(st.lists(st.integers(0, 7), min_size=1, max_size=SMALL // 2))
    back = draw(st.integers(1, len(walk)))
    return {"arrows": walk + [(a + 4) % 8 for a in reversed(walk[-back:])]}


def strategy_random_walk():
    return st.lists(st.integers(0, 7), min_size=1, max_size=SMALL).map(lambda arrows: {"arrows": arrows})


def worst_random_walk(n, rng):
    """Uniform directions: a tangle of new lines, retraced lines and rooms."""
    return {"arrows": [rng.randrange(8) for _ in range(n)]}


def worst_crosses(n, rng):
    """X after X along a strip (1, 6, 3 repeated): a crossing in every square, every line new."""
    return {"arrows": ([1, 6, 3] * (n // 3 + 1))[:n]}


def worst_straight(n, rng):
    """One straight line, in a random direction: every point new, the most points and lines stored."""
    return {"arrows": [rng.randrange(8)] * n}


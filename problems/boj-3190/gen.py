"""Games of 뱀 (Dummy), written as Baekjoon's input text: N, K, K apples "row col", L, L turns "X C".

Rows and columns count from 1; no apple lies on (1, 1), where the snake starts,
one cell long, heading right. Turn times X are distinct, increasing and at most
10,000; C is "L" (left) or "D" (right). Small boards stay at 2..6 cells a side so a
counterexample is a game you can play on paper. The rules members get wrong:

- moving the tail before the head: the head enters the cell the tail is leaving,
  which is a crash, since the head moves first (``strategy_coil``: the snake eats
  a row of apples, then three quick turns close a square on its own tail);
- never removing an eaten apple, so crossing that cell again grows the snake again
  (``strategy_circling``: laps round a square pass each eaten cell again);
- turning at the start of second X instead of after X seconds (every game with a
  turn before the crash);
- not counting the second of the crash (every game);
- playing only until the last turn: the snake goes on straight until it crashes
  (``strategy_small_boards``).
"""

from hypothesis import strategies as st


def text(n, apples, turns):
    """The input text for a board of side n, apples [(r, c)] and turns [(x, c)]."""
    lines = [str(n), str(len(apples))] + [f"{r} {c}" for r, c in apples]
    lines += [str(len(turns))] + [f"{x} {c}" for x, c in turns]
    return "\n".join(lines) + "\n"


def times(draw, count, low, high):
    """``count`` distinct increasing turn times in [low, high] (fewer when the range is short)."""
    return sorted(draw(st.sets(st.integers(low, high), min_size=1, max_size=max(1, min(count, high - low + 1)))))


@st.composite
def strategy_small_boards(draw):
    """Up to 6 by 6, apples anywhere but (1, 1), a handful of turns at small times."""
    n = draw(st.integers(2, 6))
    cells = [(r, c) for r in range(1, n + 1) for c in range(1, n + 1) if (r, c) != (1, 1)]
    apples = draw(st.lists(st.sampled_from(cells), unique=True, max_size=min(100, len(cells))))
    xs = times(draw, draw(st.integers(1, 8)), 1, 4 * n)
    return text(n, apples, [(x, draw(st.sampled_from("LD"))) for x in xs])


@st.composite
def strategy_coil(draw):
    """A row of apples from (1, 2), then three turns one second apart: the head comes round to the tail."""
    n = draw(st.integers(3, 6))
    eaten = draw(st.integers(1, n - 1))
    apples = [(1, c) for c in range(2, 2 + eaten)]
    side = draw(st.sampled_from("DL"))
    start = draw(st.integers(eaten, eaten + 1))
    turns = [(start, side), (start + 1, side), (start + 2, side)]
    for x in sorted(draw(st.sets(st.integers(start + 3, start + 3 * n), max_size=2))):
        turns.append((x, draw(st.sampled_from("LD"))))
    extra = draw(st.lists(st.tuples(st.integers(2, n), st.integers(1, n)), unique=True, max_size=3))
    return text(n, apples + [cell for cell in extra if cell not in apples], turns)


@st.composite
def strategy_circling(draw):
    """Laps round a square from (1, 1), apples on the lap: the snake passes each eaten cell again."""
    n = draw(st.integers(2, 5))
    side = draw(st.integers(2, n))
    path = lap_path(side)
    apples = draw(st.lists(st.sampled_from(path[:-1]), unique=True, min_size=1, max_size=len(path) - 2))
    laps = draw(st.integers(2, 4))
    turns = [((side - 1) * j, "D") for j in range(1, 4 * laps + 1)]
    return text(n, apples, turns)


def lap_path(n):
    """The cells of one lap round the border, from (1, 2) clockwise back to (1, 1)."""
    top = [(1, c) for c in range(2, n + 1)]
    right = [(r, n) for r in range(2, n + 1)]
    bottom = [(n, c) for c in range(n - 1, 0, -1)]
    left = [(r, 1) for r in range(n - 1, 0, -1)]
    return top + right + bottom + left


def worst_laps(n, rng):
    """Laps round the border, a right turn every n - 1 seconds: up to 100 turns and ~10,000 seconds."""
    path = lap_path(n)
    apples = path[:min(100, len(path) - 2)]
    turns = [((n - 1) * j, "D") for j in range(1, 101) if (n - 1) * j <= 10000]
    return text(n, apples, turns)


def worst_zigzag(n, rng):
    """Row after row, turning at each end: 100 apples on the first rows, 100 turns."""
    turns, x, side = [], 0, "D"
    while len(turns) < 100 and x + n <= 10000:
        x += n - 1
        turns.append((x, side))
        x += 1
        turns.append((x, side))
        side = "L" if side == "D" else "D"
    cells = [(r, c) for r in range(1, n + 1) for c in range(1, n + 1) if (r, c) != (1, 1)]
    return text(n, cells[:100], turns[:100])

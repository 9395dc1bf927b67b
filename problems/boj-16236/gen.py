"""Seas for 아기 상어, written as Baekjoon's input text: "N", then N rows of N cells.

Every sea has exactly one shark (9); the other cells are empty (0) or hold a fish
of size 1 to 6. Small seas stay at 2 to 6 per side so a counterexample shrinks to
a grid one can follow by hand. The mistakes members make, and the seas that show them:

- choosing the nearest fish by straight-line (Manhattan) distance instead of the
  length of the path around bigger fish (``strategy_detour``);
- breaking ties by the BFS's order of discovery (up, left, right, down) instead of
  topmost, then leftmost, among all fish at the least distance (``strategy_ties``);
- treating a fish of the shark's own size as a wall: it can be passed
  (``strategy_same_size_gate``);
- eating a fish of the shark's own size: only smaller fish are eaten
  (``strategy_same_size_gate``, ``strategy_small_seas``);
- never resetting the count of fish eaten when the shark grows, so the second
  growth comes too early (``strategy_many_small``);
- leaving the 9 on the shark's starting cell: a cell of size 9 blocks the shark's
  way back through it (``strategy_detour``, ``strategy_small_seas``).
"""

from hypothesis import strategies as st


def text(sea):
    """The input text: "N", then each row's cells."""
    return f"{len(sea)}\n" + "".join(" ".join(map(str, row)) + "\n" for row in sea)


def put_shark(draw, sea):
    n = len(sea)
    r, c = draw(st.integers(0, n - 1)), draw(st.integers(0, n - 1))
    sea[r][c] = 9
    return r, c


@st.composite
def strategy_small_seas(draw):
    """2 to 6 per side, cells drawn mostly empty or small fish, a few big ones."""
    n = draw(st.integers(2, 6))
    cell = st.sampled_from((0, 0, 0, 1, 1, 2, 2, 3, 4, 5, 6))
    sea = [[draw(cell) for _ in range(n)] for _ in range(n)]
    put_shark(draw, sea)
    return text(sea)


def discovery_order(n, start):
    """Cells of an open n by n sea in the order a BFS exploring up, left, right, down first reaches them."""
    order, seen = [start], {start}
    for r, c in order:
        for cell in ((r - 1, c), (r, c - 1), (r, c + 1), (r + 1, c)):
            if 0 <= cell[0] < n and 0 <= cell[1] < n and cell not in seen:
                seen.add(cell)
                order.append(cell)
    return order


@st.composite
def strategy_ties(draw):
    """Two size-1 fish at the same distance, the lower one reached first by an up-left-right-down BFS.

    A third fish next to the upper one makes the order of eating change the time.
    """
    n = draw(st.integers(4, 6))
    start = draw(st.integers(0, n - 1)), draw(st.integers(0, n - 1))
    sea = [[0] * n for _ in range(n)]
    sea[start[0]][start[1]] = 9
    order = discovery_order(n, start)
    far = {cell: abs(cell[0] - start[0]) + abs(cell[1] - start[1]) for cell in order}
    pairs = [(p, q) for i, p in enumerate(order) for q in order[i + 1:] if far[p] == far[q] and q < p]
    if pairs:
        first, upper = draw(st.sampled_from(pairs))
        sea[first[0]][first[1]] = sea[upper[0]][upper[1]] = 1
        r, c = upper
        near = [(r + dr, c + dc) for dr, dc in ((-1, 0), (0, -1), (0, 1), (1, 0))
                if 0 <= r + dr < n and 0 <= c + dc < n and sea[r + dr][c + dc] == 0]
        if near:
            i, j = draw(st.sampled_from(near))
            sea[i][j] = 1
    return text(sea)


@st.composite
def strategy_detour(draw):
    """Big fish (3 to 6) as walls with a gap: the fish nearest in a straight line is far by path."""
    n = draw(st.integers(3, 6))
    sea = [[0] * n for _ in range(n)]
    wall_row = draw(st.integers(1, n - 2))
    gap = draw(st.integers(0, n - 1))
    for c in range(n):
        if c != gap:
            sea[wall_row][c] = draw(st.integers(3, 6))
    below = draw(st.integers(wall_row + 1, n - 1)), draw(st.integers(0, n - 1))
    sea[below[0]][below[1]] = 9
    free = [(i, j) for i in range(n) for j in range(n) if sea[i][j] == 0]
    for i, j in draw(st.lists(st.sampled_from(free), min_size=1, max_size=4, unique=True)):
        sea[i][j] = 1
    return text(sea)


@st.composite
def strategy_same_size_gate(draw):
    """Fish of size 2 (the shark's first size) stand in the way of, or next to, size-1 fish."""
    n = draw(st.integers(2, 6))
    cell = st.sampled_from((0, 1, 2, 2, 2, 3))
    sea = [[draw(cell) for _ in range(n)] for _ in range(n)]
    put_shark(draw, sea)
    return text(sea)


@st.composite
def strategy_many_small(draw):
    """Many fish of size 1 to 3: the shark grows twice or more, so the eaten count matters."""
    n = draw(st.integers(3, 6))
    cell = st.sampled_from((0, 1, 1, 1, 2, 2, 3, 4))
    sea = [[draw(cell) for _ in range(n)] for _ in range(n)]
    put_shark(draw, sea)
    return text(sea)


def worst_all_small(n, rng):
    """Every cell a size-1 fish but the shark's: n^2 - 1 rounds of search."""
    sea = [[1] * n for _ in range(n)]
    sea[n // 2][n // 2] = 9
    return text(sea)


def worst_growing(n, rng):
    """Fish of rising sizes scattered at random: the shark grows through all of them, long walks."""
    sea = [[rng.choice((1, 1, 1, 2, 2, 3, 4, 5, 6)) for _ in range(n)] for _ in range(n)]
    sea[0][0] = 9
    return text(sea)


def worst_serpent(n, rng):
    """A winding corridor walled by size-6 fish, size-1 fish along it: the longest paths."""
    sea = [[0] * n if r % 2 == 0 else [6] * n for r in range(n)]
    for r in range(1, n, 2):
        sea[r][n - 1 if r // 2 % 2 == 0 else 0] = 0
    for r in range(0, n, 2):
        for c in range(0, n, 2):
            sea[r][c] = 1
    sea[0][0] = 9
    return text(sea)

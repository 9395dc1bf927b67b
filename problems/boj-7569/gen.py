"""Stacks of boxes for 토마토 (3D), written as Baekjoon's input text: "M N H", then H boxes of N rows of M cells.

Boxes come bottom first; every stack holds at least one tomato (a 0 or a 1).
The mistakes members make, and the stacks that show them:

- spreading only within a box (four directions), forgetting the boxes above
  and below (``strategy_layers``: the ripe tomatoes in one box, the unripe in
  another);
- printing the last day without checking that every tomato ripened: a tomato
  sealed off by empty cells must give -1 (``strategy_sealed``);
- a separate search from each ripe tomato in turn instead of from all at once
  (``strategy_far_apart``);
- reading the first line as "N M H" (rows first) when it is "M N H": wrong or a
  crash whenever M != N (``strategy_small``, whose M and N differ).
"""

from hypothesis import strategies as st


def text(stack):
    """The input text: "M N H", then each box's rows, bottom box first."""
    h, n, m = len(stack), len(stack[0]), len(stack[0][0])
    return f"{m} {n} {h}\n" + "".join(" ".join(map(str, row)) + "\n" for box in stack for row in box)


def with_a_tomato(stack):
    if all(cell == -1 for box in stack for row in box for cell in row):
        stack[0][0][0] = 0
    return stack


@st.composite
def _shape(draw, low=2):
    """(H, N, M) with M != N most of the time."""
    m, n = draw(st.integers(low, 5)), draw(st.integers(low, 5))
    return draw(st.integers(1, 4)), n, m


@st.composite
def strategy_small(draw):
    """Up to 4 boxes of 5 by 5, M and N apart: all ripe, none ripe, and everything between."""
    h, n, m = draw(_shape())
    weights = draw(st.sampled_from([(-1, 0, 0, 0, 1), (0, 0, 0, 1), (-1, 0, 1, 1, 1), (-1, -1, 0, 0),
                                    (0, 0, 0, 0, 0, 1), (1, 1, 1, -1)]))
    cells = st.sampled_from(weights)
    return text(with_a_tomato([[[draw(cells) for _ in range(m)] for _ in range(n)] for _ in range(h)]))


@st.composite
def strategy_layers(draw):
    """2 to 4 boxes; the ripe tomatoes all in one box, so the others ripen only from above or below."""
    h, n, m = draw(st.integers(2, 4)), draw(st.integers(2, 4)), draw(st.integers(2, 4))
    stack = [[[draw(st.sampled_from((0, 0, 0, -1))) for _ in range(m)] for _ in range(n)] for _ in range(h)]
    layer = draw(st.integers(0, h - 1))
    stack[layer][draw(st.integers(0, n - 1))][draw(st.integers(0, m - 1))] = 1
    return text(stack)


@st.composite
def strategy_sealed(draw):
    """An unripe tomato walled in by empty cells on all six sides: -1 whatever else happens."""
    h, n, m = draw(_shape())
    stack = [[[draw(st.sampled_from((0, 0, 0, 1))) for _ in range(m)] for _ in range(n)] for _ in range(h)]
    z, r, c = draw(st.integers(0, h - 1)), draw(st.integers(0, n - 1)), draw(st.integers(0, m - 1))
    for dz, dr, dc in ((1, 0, 0), (-1, 0, 0), (0, 1, 0), (0, -1, 0), (0, 0, 1), (0, 0, -1)):
        if 0 <= z + dz < h and 0 <= r + dr < n and 0 <= c + dc < m:
            stack[z + dz][r + dr][c + dc] = -1
    stack[z][r][c] = 0
    return text(stack)


@st.composite
def strategy_far_apart(draw):
    """Ripe tomatoes in opposite corners of the stack: each tomato ripens from the nearer one."""
    h, n, m = draw(st.integers(1, 4)), draw(st.integers(3, 5)), draw(st.integers(3, 5))
    stack = [[[draw(st.sampled_from((0, 0, 0, 0, -1))) for _ in range(m)] for _ in range(n)] for _ in range(h)]
    stack[0][0][0] = 1
    stack[h - 1][n - 1][m - 1] = 1
    return text(stack)


def worst_half_ripe(n, rng):
    """n boxes of n by n, the lower half of the boxes ripe: half a million cells queued on day 0."""
    return text([[[1 if z < n // 2 else 0] * n for _ in range(n)] for z in range(n)])


def worst_corner(n, rng):
    """One ripe tomato in a corner, the opposite corner sealed off: -1, known only at the end."""
    stack = [[[0] * n for _ in range(n)] for _ in range(n)]
    stack[0][0][0] = 1
    last = n - 1
    stack[last][last][last - 1] = stack[last][last - 1][last] = stack[last - 1][last][last] = -1
    return text(stack)

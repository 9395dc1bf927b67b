"""Papers for 테트로미노, written as Baekjoon's input text: "N M", then N rows of M numbers.

Small papers stay at 4 to 6 cells a side. The mistakes members make, and the papers
that show them:

- a depth-4 DFS from every cell, with nothing else: a path of four cells never
  makes the T shape (ㅗ ㅜ ㅏ ㅓ), so a paper whose best piece is a T gets a smaller
  sum (``strategy_planted``, a T of 1000s on a paper of 1s);
- only rotating the five pieces, never mirroring them: the mirror images of L and
  S (J and Z) are missed (``strategy_planted``);
- the T in fewer than its four orientations (only ㅗ and ㅜ, say): a ㅏ or ㅓ of 1000s
  is missed (``strategy_planted``);
- loops that stop one cell short (``range(n - 3)`` for a piece three cells tall,
  or bounds checked with ``<`` one too strict): a best piece touching the last row
  or column is missed (``strategy_planted`` puts it in every position, corners
  included).
"""

from hypothesis import strategies as st

BASE = (
    ((0, 0), (0, 1), (0, 2), (0, 3)),  # I
    ((0, 0), (0, 1), (1, 0), (1, 1)),  # O
    ((0, 0), (1, 0), (2, 0), (2, 1)),  # L
    ((0, 0), (1, 0), (1, 1), (2, 1)),  # S
    ((0, 0), (0, 1), (0, 2), (1, 1)),  # T
)


def normal(cells):
    """The cells moved so that their smallest row and column are 0, sorted."""
    r0, c0 = min(r for r, _ in cells), min(c for _, c in cells)
    return tuple(sorted((r - r0, c - c0) for r, c in cells))


def orientations():
    """The 19 fixed tetrominoes: every rotation and mirror image of the five pieces, each once."""
    seen = []
    for piece in BASE:
        cells = piece
        for _ in range(4):
            cells = tuple((c, -r) for r, c in cells)  # a quarter turn
            for shape in (normal(cells), normal(tuple((r, -c) for r, c in cells))):
                if shape not in seen:
                    seen.append(shape)
    return seen


SHAPES = orientations()
assert len(SHAPES) == 19


def text(paper):
    """The input text: "N M", then each row's numbers."""
    return f"{len(paper)} {len(paper[0])}\n" + "".join(" ".join(map(str, row)) + "\n" for row in paper)


@st.composite
def strategy_planted(draw):
    """One tetromino of 1000s, in any of the 19 orientations and any position, on a paper of small numbers."""
    n, m = draw(st.integers(4, 6)), draw(st.integers(4, 6))
    low = draw(st.integers(1, 3))
    paper = [[low] * m for _ in range(n)]
    shape = draw(st.sampled_from(SHAPES))
    height, width = max(r for r, _ in shape) + 1, max(c for _, c in shape) + 1
    top, left = draw(st.integers(0, n - height)), draw(st.integers(0, m - width))
    for r, c in shape:
        paper[top + r][left + c] = 1000
    return text(paper)


@st.composite
def strategy_small_papers(draw):
    """4 to 6 a side, numbers at random: from all 1..1000, or from a few values so that sums tie."""
    n, m = draw(st.integers(4, 6)), draw(st.integers(4, 6))
    value = draw(st.sampled_from((st.integers(1, 1000), st.integers(1, 5), st.sampled_from((1, 1000)))))
    return text([[draw(value) for _ in range(m)] for _ in range(n)])


def worst_random(n, rng):
    """An n by n paper of random numbers: every cell tries every shape."""
    return text([[rng.randint(1, 1000) for _ in range(n)] for _ in range(n)])

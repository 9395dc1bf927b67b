"""Positions for 숨바꼭질, written as Baekjoon's input text: one line "N K".

0 <= N, K <= 100,000. The mistakes members make, and the inputs that show them:

- no upper bound on positions: 2 * X past 100,000 indexes beyond the table
  (IndexError), or with a dict/set the search wanders over ever larger numbers
  (``strategy_near_the_ends``: N or K above 50,000);
- no lower bound: X - 1 = -1 indexes the table from the end in Python, which
  marks position 100,000 as reached in one second (``strategy_near_the_ends``:
  N near 0 with K near 100,000);
- a table one short (positions 0 to 99,999), so N or K = 100,000 does not fit
  (``strategy_near_the_ends``);
- bounding the search by K ("never go past K + 1") when N > K is allowed and the
  only way is walking back (``strategy_walk_back``);
- depth-first search, which prints the length of the first route found, not the
  shortest (``strategy_small``).
"""

from hypothesis import strategies as st

ENDS = [0, 1, 2, 3, 49_999, 50_000, 50_001, 99_998, 99_999, 100_000]


def text(n, k):
    return f"{n} {k}\n"


@st.composite
def strategy_small(draw):
    """Both positions up to 40: short answers that a depth-first search gets wrong."""
    return text(draw(st.integers(0, 40)), draw(st.integers(0, 40)))


@st.composite
def _near_the_ends(draw):
    """K at 0, near 50,000 or near 100,000, and N near 0, K or K / 2: the edges of the allowed range."""
    k = draw(st.one_of(st.sampled_from(ENDS), st.integers(0, 8), st.integers(99_900, 100_000),
                       st.integers(50_001, 100_000)))
    # N near 0, near K or near K / 2: every answer stays short, so that the oracle stays quick.
    n = draw(st.one_of(st.integers(0, 8), st.integers(max(0, k - 40), min(100_000, k + 60)),
                       st.integers(max(0, k // 2 - 3), k // 2 + 3)))
    return text(n, k)


@st.composite
def _bottom_to_top(draw):
    """From 0 to 5 up to the last 30 positions: a search that steps to -1 reads them as reached."""
    return text(draw(st.integers(0, 5)), draw(st.integers(99_970, 100_000)))


def strategy_near_the_ends():
    """Either of the two above: one strategy, so that these (the oracle's slowest) stay a third of the inputs."""
    return st.one_of(_near_the_ends(), _bottom_to_top())


@st.composite
def strategy_walk_back(draw):
    """N above K: the answer is N - K, and positions above K must be allowed."""
    k = draw(st.integers(0, 60))
    return text(draw(st.integers(k + 1, k + 80)), k)


def worst_walk_back(n, rng):
    """N = n and K = 0: the answer is n, and the search reaches every position up to 100,000 first."""
    return text(n, 0)


def worst_from_zero(n, rng):
    """N = 0 and K = n: a long way up, through most of the range."""
    return text(0, n)


def worst_odd_far(n, rng):
    """N = 1 and K = the largest odd position up to n: many detours tie."""
    return text(1, n - 1 if n % 2 == 0 else n)

"""Rows of trees for 나무 자르기, written as Baekjoon's input text: "N M", then the N heights.

Heights are 0 to 10^9, 1 <= M <= 2 * 10^9, and the heights always add up to at
least M, so some height (at worst 0) always yields enough wood. Small inputs
keep M small, so that the oracle, which lowers the saw one metre at a time
from the tallest tree, stays quick. The mistakes members make, and the inputs
that show them:

- adding h - H for every tree, the shorter ones too, whose negative "cuts"
  take wood away (``strategy_small``);
- accepting a height only when the wood is more than M (``>`` for ``>=``):
  wrong whenever some height yields exactly M (``strategy_exact``);
- searching for a height that yields exactly M and stopping there: when the
  wood jumps past M (several trees of one height), no height does
  (``strategy_jumps``);
- printing ``lo`` instead of the last height that worked (``hi``) after the
  loop: one metre too high (``strategy_small``, ``strategy_exact``);
- lowering the saw one metre at a time from the top: right, but up to 10^9
  passes over 10^6 trees (the oracle, lower_the_saw.py, TLE).
"""

from hypothesis import strategies as st

HEIGHT = 1_000_000_000
WOOD = 2_000_000_000


def text(heights, m):
    """The input text: "N M", then the heights on one line."""
    return f"{len(heights)} {m}\n{' '.join(map(str, heights))}\n"


def wood(heights, saw):
    """The wood taken home with the saw at height ``saw``."""
    return sum(h - saw for h in heights if h > saw)


@st.composite
def strategy_small(draw):
    """1 to 8 trees of height 0 to 30, and any M the trees can give."""
    heights = draw(st.lists(st.integers(0, 30), min_size=1, max_size=8).filter(lambda hs: sum(hs) > 0))
    return text(heights, draw(st.integers(1, sum(heights))))


@st.composite
def strategy_exact(draw):
    """M is exactly the wood some saw height yields: that height (0 included) is the answer."""
    heights = draw(st.lists(st.integers(0, 40), min_size=1, max_size=8).filter(lambda hs: sum(hs) > 0))
    saw = draw(st.integers(0, max(heights) - 1))
    return text(heights, wood(heights, saw))


@st.composite
def strategy_jumps(draw):
    """Several trees of one height: the wood grows by several metres per metre lowered, skipping M."""
    top = draw(st.integers(21, 10**9))  # count * top > 40 >= M: the trees give enough
    count = draw(st.integers(2, 6))
    heights = [top] * count + draw(st.lists(st.integers(0, top), max_size=3))
    m = draw(st.integers(1, 40).filter(lambda m: m % count))
    return text(draw(st.permutations(heights)), m)


@st.composite
def strategy_big(draw):
    """Heights up to 10^9 with a small M: the answer is near the top, past what a small int holds."""
    heights = draw(st.lists(st.integers(0, HEIGHT), min_size=1, max_size=6).filter(lambda hs: sum(hs) > 0))
    return text(heights, draw(st.integers(1, min(sum(heights), 500))))


def worst_random(n, rng):
    """n heights up to 10^9 and M as large as allowed: every step of the search scans the whole row."""
    heights = [rng.randint(0, HEIGHT) for _ in range(n)]
    heights[0] = max(heights[0], 2)  # the trees give at least the M asked for, even at n = 1
    return text(heights, min(WOOD, max(1, sum(heights) // 2)))


def worst_low_answer(n, rng):
    """n heights up to 10^6 and M near their sum: the answer is low, far below the tallest tree."""
    heights = [rng.randint(0, 10**6) for _ in range(n)]
    heights[0] = max(heights[0], 1)  # the trees give at least the M asked for, even at n = 1
    return text(heights, max(1, min(WOOD, sum(heights) - rng.randint(0, 1000))))

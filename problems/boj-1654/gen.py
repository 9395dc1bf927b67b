"""Cables for 랜선 자르기, written as Baekjoon's input text: "K N", then the K lengths, one a line.

Lengths are 1 to 2^31 - 1, 1 <= K <= N <= 1,000,000 (K up to 10,000), and the
cables always give N pieces of length 1, so the answer is at least 1. Small
inputs keep the lengths small or the answer near the longest cable, so that the
oracle, which tries every length downward from the longest cable, stays quick.
The mistakes members make, and the inputs that show them:

- a binary search from 0: when the search closes in on 1, mid becomes 0 and
  ``length // mid`` divides by zero (``strategy_answer_one``);
- an upper bound of the longest cable minus 1: wrong when the answer is the
  longest cable itself (``strategy_answer_is_longest``);
- an upper bound of the shortest cable, as if every cable had to be used: a
  short cable may simply be left over (``strategy_short_cable``);
- counting pieces with true division (``length / mid``): fractions of pieces
  add up to pieces that do not exist (``strategy_small``);
- printing ``lo`` instead of the last length that worked (``hi``): one
  centimetre too long (``strategy_small``);
- trying every length downward from the longest cable: right, but up to
  2^31 tries of 10,000 cables (the oracle, try_every_length.py, TLE).
"""

from hypothesis import strategies as st

LONGEST = 2**31 - 1


def text(lengths, n):
    """The input text: "K N", then one length a line."""
    return f"{len(lengths)} {n}\n" + "".join(f"{length}\n" for length in lengths)


@st.composite
def strategy_small(draw):
    """1 to 6 cables of 1 to 30 cm, and any N from K to all the centimetres there are."""
    lengths = draw(st.lists(st.integers(1, 30), min_size=1, max_size=6))
    return text(lengths, draw(st.integers(len(lengths), sum(lengths))))


@st.composite
def strategy_answer_one(draw):
    """N is every centimetre there is (or nearly): only pieces of 1 cm give enough."""
    lengths = draw(st.lists(st.integers(1, 20), min_size=1, max_size=5))
    total = sum(lengths)
    n = draw(st.integers(max(len(lengths), total // 2 + 1), total))
    return text(lengths, n)


@st.composite
def strategy_answer_is_longest(draw):
    """K cables of one length (near 2^31 - 1, or small) and N = K: one piece each, the answer is that length."""
    top = draw(st.integers(LONGEST - 1000, LONGEST) | st.integers(1, 50))
    count = draw(st.integers(1, 4))
    return text([top] * count, count)


@st.composite
def strategy_short_cable(draw):
    """A short cable among long ones: the best pieces are longer than it, and it is left over."""
    short = draw(st.integers(1, 5))
    longs = draw(st.lists(st.integers(20, 60), min_size=1, max_size=4))
    lengths = draw(st.permutations([short] + longs))
    return text(lengths, draw(st.integers(len(lengths), len(lengths) + 4)))


def worst_random(k, rng):
    """k cables of random length up to 2^31 - 1, N = 1,000,000: the answer is near 10^7 at the maximum."""
    return text([rng.randint(10**6, LONGEST) for _ in range(k)], 1_000_000)


def worst_all_longest(k, rng):
    """k cables of 2^31 - 1 cm and N = 1,000,000: every cable is cut into N / k pieces."""
    return text([LONGEST] * k, 1_000_000)

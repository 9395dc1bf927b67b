"""Solutions for 두 용액, written as Baekjoon's input text: N, then the N values on one line.

Values are distinct and never 0 (acids are positive, alkalis negative). Small
inputs draw from narrow ranges, so that several pairs often tie for the best.
The mistakes members make, and the inputs that show them:

- starting the best |sum| at a "large" constant such as 10**9, when a sum can
  reach 2 * 10**9: with only big values of one sign the best is never set
  (``strategy_one_sign``);
- pairing only an acid with an alkali (splitting the values by sign): wrong or
  a crash when two acids or two alkalis make the closest mix
  (``strategy_one_sign``, ``strategy_small``);
- a binary search that checks only the insertion point, not the value just
  before it (``strategy_small``);
- a binary search that may pair a value with itself: one solution used twice
  (``strategy_near_zero``);
- printing the pair in the order found, not ascending (``strategy_small``).
"""

from hypothesis import strategies as st

LIMIT = 1_000_000_000


def text(values):
    """The input text: N, then the values on one line."""
    return f"{len(values)}\n{' '.join(map(str, values))}\n"


def nonzero(low, high):
    """Nonzero integers in [low, high], for low < 0 < high."""
    return st.one_of(st.integers(low, -1), st.integers(1, high))


def strategy_small():
    """2 to 10 values in -30..30: ties for the best pair, both signs, one sign, neighbours of 0."""
    return st.lists(nonzero(-30, 30), min_size=2, max_size=10, unique=True).map(text)


@st.composite
def strategy_one_sign(draw):
    """Only acids or only alkalis, often huge: the best sum can pass 10**9 and reach 2 * 10**9 - 1."""
    sign = draw(st.sampled_from((1, -1)))
    low = draw(st.sampled_from((1, LIMIT // 2, LIMIT - 20)))
    values = draw(st.lists(st.integers(low, LIMIT), min_size=2, max_size=8, unique=True))
    return text([sign * v for v in values])


@st.composite
def strategy_near_zero(draw):
    """One to three values next to 0 among far ones: a value doubled would beat every real pair."""
    small = draw(st.lists(nonzero(-3, 3), min_size=1, max_size=3, unique=True))
    big = draw(st.lists(st.integers(10, 1000), min_size=1, max_size=5, unique=True))
    sign = draw(st.sampled_from((1, -1)))
    values = small + [sign * v for v in big]
    return text(draw(st.permutations(values)))


def worst_mixed(n, rng):
    """n distinct values spread over both signs: the pairs number n^2 / 2, about 5 * 10^9."""
    values = [v if rng.random() < 0.5 else -v for v in rng.sample(range(1, LIMIT + 1), n)]
    return text(values)


def worst_all_acid(n, rng):
    """n positive values: the two smallest win, and two pointers walk the whole way."""
    return text(rng.sample(range(1, LIMIT + 1), n))

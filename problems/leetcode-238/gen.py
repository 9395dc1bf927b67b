"""Inputs for Product of Array Except Self: zeros, signs, and products that stay inside 32 bits.

Every prefix and suffix product must fit in a 32-bit integer (and, when there is one zero,
the product of the other numbers too), so long lists are mostly 1 and -1 with a few larger
factors. Between two zeros anything goes: every prefix past the first zero and every suffix
before the last one is 0. The mistakes members make, and the inputs that show them:

- dividing the whole product by each number: one zero divides by zero
  (``strategy_zeros``);
- dividing the product of the nonzero numbers and handing it to every zero's position:
  with two zeros every answer is 0 (``strategy_zeros``, ``strategy_framed_by_zeros``);
- inclusive prefix products read at ``prefix[i - 1]`` for i = 0: Python's index -1 wraps
  to the whole product instead of 1 (``strategy_small``);
- a right-to-left pass that stops before index 0 (``range(n - 1, 0, -1)``), so answer[0]
  misses the product of the rest (``strategy_small``).

The all-pairs product is right but O(n^2): the worst cases make it fail at 10^5.
"""

from hypothesis import strategies as st

BIG = [v for v in range(-30, 31) if abs(v) >= 2]
NONZERO = [v for v in range(-30, 31) if v != 0]


def strategy_small():
    """2 to 8 numbers in -3..3: zeros, negatives, ones; every product fits easily."""
    return st.lists(st.integers(-3, 3), min_size=2, max_size=8).map(lambda nums: {"nums": nums})


@st.composite
def strategy_zeros(draw):
    """One or two zeros among 1 to 6 numbers in -5..5 other than 0."""
    others = draw(st.lists(st.integers(-5, 5).filter(bool), min_size=1, max_size=6))
    zeros = draw(st.integers(1, 2))
    return {"nums": draw(st.permutations(others + [0] * zeros))}


@st.composite
def strategy_framed_by_zeros(draw):
    """Up to 2 numbers of any size on each side, two zeros, and up to 8 of any size between
    them, whose product would overflow 32 bits: every answer is 0."""
    side = st.lists(st.sampled_from(NONZERO), max_size=2)
    middle = draw(st.lists(st.sampled_from(NONZERO), max_size=8))
    return {"nums": draw(side) + [0] + middle + [0] + draw(side)}


@st.composite
def strategy_ones_and_big(draw):
    """Mostly 1 and -1, with up to 4 factors up to 30 in size: signs flip, products grow."""
    ones = draw(st.lists(st.sampled_from([1, -1]), min_size=1, max_size=6))
    big = draw(st.lists(st.sampled_from(BIG), min_size=1, max_size=4))
    return {"nums": draw(st.permutations(ones + big))}


def _few_big(n, rng, zeros):
    """n numbers, 1 or -1 but for up to 6 factors up to 30 in size (at most 30^6 < 2^31) and ``zeros`` zeros."""
    nums = [rng.choice((1, -1)) for _ in range(n)]
    places = rng.sample(range(n), min(n, 6 + zeros))
    for i in places[zeros:]:
        nums[i] = rng.choice(BIG)
    for i in places[:zeros]:
        nums[i] = 0
    return {"nums": nums}


def worst_few_big(n, rng):
    """No zero: every answer is nonzero, and signs change all along."""
    return _few_big(n, rng, zeros=0)


def worst_one_zero(n, rng):
    """One zero somewhere: every answer is 0 but the zero's own."""
    return _few_big(n, rng, zeros=1)


def worst_framed_by_zeros(n, rng):
    """A zero at each end and n - 2 numbers up to 30 in size between them: the answer is all zeros,
    but the product of the nonzero numbers has about 4.5 bits per number."""
    return {"nums": [0] + [rng.choice(NONZERO) for _ in range(n - 2)] + [0]}

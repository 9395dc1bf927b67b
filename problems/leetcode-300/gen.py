"""Inputs for Longest Increasing Subsequence aimed at the mistakes members make.

- not strict: equal numbers counted as increasing (``<=`` in the DP, or
  bisect_right in patience sorting), so [7, 7, 7] gives 3 instead of 1;
- the answer read at the last position (``dp[-1]``) instead of the best over
  all positions: wrong whenever the sequence ends with a drop;
- a contiguous run instead of a subsequence: the longest stretch of rising
  neighbours misses numbers skipped in between;
- greedy from the start: keep the last taken number and take each larger one,
  which a large first number (or any early peak) ruins.

Uniform numbers in [-10^4, 10^4] seldom repeat, so the strategies draw from a few
values, plant drops at the end and early peaks, and mix in runs of equal numbers.
"""

from hypothesis import strategies as st

LIMIT = 10**4


@st.composite
def strategy_few_values(draw):
    """Up to 12 numbers from at most 5 values: repeats everywhere."""
    values = draw(st.lists(st.integers(-LIMIT, LIMIT), min_size=1, max_size=5, unique=True))
    return {"nums": draw(st.lists(st.sampled_from(values), min_size=1, max_size=12))}


@st.composite
def strategy_ends_with_drop(draw):
    """A rising stretch, then smaller numbers at the end: the best subsequence does not end last."""
    head = sorted(draw(st.lists(st.integers(-20, 20), min_size=1, max_size=8)))
    tail = draw(st.lists(st.integers(-30, head[-1]), min_size=1, max_size=4))
    return {"nums": head + tail}


@st.composite
def strategy_early_peak(draw):
    """A large number (or a few) before a rising sequence with noise: greedy from the start loses."""
    peak = draw(st.lists(st.integers(50, 100), min_size=1, max_size=2))
    rest = draw(st.lists(st.integers(-10, 60), min_size=1, max_size=10))
    return {"nums": peak + rest}


def worst_increasing(n, rng):
    """Strictly increasing: the answer is n, patience tails grow to n."""
    start = rng.randint(-LIMIT, LIMIT - n + 1)
    return {"nums": list(range(start, start + n))}


def worst_decreasing(n, rng):
    """Strictly decreasing: the answer is 1."""
    start = rng.randint(-LIMIT + n - 1, LIMIT)
    return {"nums": list(range(start, start - n, -1))}


def worst_random(n, rng):
    """Random numbers over the whole range."""
    return {"nums": [rng.randint(-LIMIT, LIMIT) for _ in range(n)]}


def worst_all_equal(n, rng):
    """One number n times: the answer is 1."""
    return {"nums": [rng.randint(-LIMIT, LIMIT)] * n}


def worst_few_values(n, rng):
    """Random numbers from 50 values: many repeats, answer at most 50."""
    return {"nums": [rng.randint(0, 49) for _ in range(n)]}

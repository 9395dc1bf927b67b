"""Inputs for 3Sum that show the mistakes members make.

Uniform numbers in -10^5..10^5 rarely sum to zero in small lists, so the strategies
draw from a narrow range with many repeats, or plant zero-sum triplets. The mistakes,
and what shows them:

- no skipping of repeated values, so a triplet is listed twice: a first value or a
  pair that occurs more than once, as in [-1, -1, 0, 1];
- skipping a first value equal to the NEXT one instead of the previous one, which
  loses the triplets that use that value twice: [-1, -1, 2];
- looking the third value up in a set of all values, so one position is used twice:
  [-2, 1] plus anything gives [-2, 1, 1] with only one 1;
- stopping at the first match for a first value: two triplets that share their
  smallest value, as in [-2, -1, 0, 2, 3];
- keeping found triplets in a set as unsorted tuples, so (-1, 0, 1) and (0, -1, 1)
  both stay: a triplet met in two different orders;
- ending the search at the first value >= 0 instead of > 0, which loses
  [0, 0, 0]: three zeros or more.

Slow ways show at the maximum (worst cases below): every triple is O(n^3); checking
each new triplet against the list found so far (`not in out`) costs O(answer) per find,
on dense inputs with thousands of triplets found many times over; skipping no repeats and removing
them at the end finds [0, 0, 0] once per pair of positions in all zeros (2 million copies).
"""

from hypothesis import strategies as st

LIMIT = 10**5


def strategy_small():
    """3 to 10 numbers in -4..4: zeros, repeats, many triplets and none."""
    return st.lists(st.integers(-4, 4), min_size=3, max_size=10).map(lambda nums: {"nums": nums})


@st.composite
def strategy_planted(draw):
    """A few zero-sum triplets (some with a repeated value), a few other numbers, shuffled."""
    nums = []
    for _ in range(draw(st.integers(1, 3))):
        a = draw(st.integers(-6, 0))
        b = draw(st.sampled_from([a, -a // 2, draw(st.integers(a, 6))]))
        nums += [a, b, -a - b]
    nums += draw(st.lists(st.integers(-8, 8), max_size=3))
    return {"nums": draw(st.permutations(nums))}


@st.composite
def strategy_value_twice_needed(draw):
    """x, -2x and sometimes a second x: [-2x, x, x] is a triplet only when x occurs twice."""
    x = draw(st.integers(1, 5)) * draw(st.sampled_from([1, -1]))
    nums = [x, -2 * x] + [x] * draw(st.integers(0, 1)) + draw(st.lists(st.integers(-10, 10), min_size=1, max_size=4))
    return {"nums": draw(st.permutations(nums))}


@st.composite
def strategy_wide(draw):
    """Numbers near the ends of the range, with planted triplets like [-10^5, 5 * 10^4, 5 * 10^4]."""
    a = draw(st.integers(-LIMIT, -LIMIT + 4))
    b = draw(st.integers(-a - LIMIT, LIMIT))
    if -a - b > LIMIT or -a - b < -LIMIT:
        b = -a // 2
    others = draw(st.lists(st.integers(-LIMIT, LIMIT), max_size=5))
    return {"nums": draw(st.permutations([a, b, -a - b, *others]))}


def worst_all_odd(n, rng):
    """n odd numbers: three odd numbers never sum to 0, so nothing cuts the search short."""
    return {"nums": [rng.randrange(-LIMIT + 1, LIMIT, 2) for _ in range(n)]}


def worst_all_zeros(n, rng):
    """n zeros: one triplet, found once per pair of positions by a solution that skips no repeats."""
    return {"nums": [0] * n}


def worst_dense(n, rng):
    """n numbers in -100..100, each about 15 times at n = 3000: 5,000 triplets, and repeats everywhere."""
    return {"nums": [rng.randint(-100, 100) for _ in range(n)]}

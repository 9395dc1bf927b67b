"""Inputs for Longest Consecutive Sequence that show the mistakes members make.

Uniform numbers up to 10^9 apart almost never hold a run longer than 1, so the
strategies draw from a narrow range, build runs on purpose and repeat numbers.
The mistakes, and what shows them:

- sorting, then letting a repeated number break the run: [1, 2, 2, 3] is one run of 3;
- sorting, then letting a repeated number lengthen the run: [1, 2, 2, 3] is 3, not 4;
- keeping the best run only when a run breaks, so the run at the top of the sorted
  order is never counted: the longest run holds the largest numbers;
- an empty list: the answer is 0, not 1, and nums[0] or max() of nothing fails;
- marking numbers in an array from min(nums) to max(nums): numbers far apart
  (up to 2 * 10^9) need an array too big to build or walk in time.

Two slow ways are not wrong answers, and only the runs at the maximum show them
(worst cases below): counting up from every number, not only from the start of a
run, is O(n^2) on one long run; starting from every copy of a run's first number
(looping over nums, not the set) is O(n^2) when that number repeats.
"""

from hypothesis import strategies as st

LIMIT = 10**9


def strategy_small():
    """0 to 10 numbers in -6..6: empty lists, repeats, runs that touch and merge."""
    return st.lists(st.integers(-6, 6), max_size=10).map(lambda nums: {"nums": nums})


@st.composite
def strategy_runs_with_repeats(draw):
    """A few runs, some numbers repeated, all shuffled."""
    nums = []
    for _ in range(draw(st.integers(1, 3))):
        start = draw(st.integers(-20, 20))
        nums += range(start, start + draw(st.integers(1, 5)))
    nums += draw(st.lists(st.sampled_from(nums), max_size=4))
    return {"nums": draw(st.permutations(nums))}


@st.composite
def strategy_longest_on_top(draw):
    """Short runs, then the longest run above all of them, shuffled."""
    low = draw(st.lists(st.integers(-10, 0), max_size=5))
    top = draw(st.integers(2, 6))
    nums = low + list(range(2, 2 + top)) + draw(st.lists(st.integers(2, 1 + top), max_size=2))
    return {"nums": draw(st.permutations(nums))}


@st.composite
def strategy_far_apart(draw):
    """A short run near one end of the range and numbers near the other end."""
    start = draw(st.integers(LIMIT - 5, LIMIT))
    run = list(range(start, min(start + draw(st.integers(1, 4)), LIMIT + 1)))
    far = draw(st.lists(st.integers(-LIMIT, -LIMIT + 3), max_size=3))
    return {"nums": draw(st.permutations(run + far))}


def worst_one_long_run(n, rng):
    """n consecutive numbers, shuffled: one run of n; counting up from every number is O(n^2)."""
    start = rng.randint(-LIMIT, LIMIT - n + 1)
    nums = list(range(start, start + n))
    rng.shuffle(nums)
    return {"nums": nums}


def worst_repeated_start(n, rng):
    """A run of n/2 numbers, its first number repeated n/2 more times: starting from every copy is O(n^2)."""
    half = n // 2
    start = rng.randint(-LIMIT, LIMIT - n)
    nums = [start] * (n - half) + list(range(start, start + half))
    rng.shuffle(nums)
    return {"nums": nums}


def worst_random_wide(n, rng):
    """n numbers anywhere in the range: almost every run has length 1."""
    return {"nums": [rng.randint(-LIMIT, LIMIT) for _ in range(n)]}


def worst_many_short_runs(n, rng):
    """Runs of 1 to 20 numbers with gaps between them, shuffled: many starts, many lookups."""
    nums, x = [], rng.randint(-LIMIT, -LIMIT // 2)
    while len(nums) < n:
        length = min(rng.randint(1, 20), n - len(nums))
        nums += range(x, x + length)
        x += length + rng.randint(2, 5)
    rng.shuffle(nums)
    return {"nums": nums}

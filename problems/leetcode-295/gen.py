"""Call sequences for Find Median from Data Stream: ["MedianFinder", "addNum", "findMedian", ...] and arguments.

Random words are no operations, so every sequence is built here; findMedian only ever comes after
an addNum, as LeetCode promises. The mistakes members make, and what shows them:

- integer division for an even count: (a + b) // 2 drops the .5, and rounds negatives down:
  even counts whose two middle numbers have an odd sum, negative numbers;
- an even count answered with one middle number instead of the mean of the two;
- two heaps balanced by size only, never comparing a new number with the other half's top:
  numbers that arrive descending, or jump across the current median;
- the negated max-heap read without restoring the sign: any median that is not 0;
- a sorted insert that breaks on ties (bisect on the wrong side, or a hand-written scan with
  < where <= belongs): duplicates.

A slow way is not a wrong answer and only the maximum shows it (worst cases below): sorting
every number again on each findMedian.
"""

from hypothesis import strategies as st

LIMIT = 10**5


def sequence(nums, ask):
    """addNum for each of ``nums``, with findMedian after the i-th when ``ask[i]`` (and always after the last)."""
    ops, args = ["MedianFinder"], [[]]
    for i, num in enumerate(nums):
        ops.append("addNum")
        args.append([num])
        if ask[i] or i == len(nums) - 1:
            ops.append("findMedian")
            args.append([])
    return {"operations": ops, "arguments": args}


@st.composite
def strategy_small(draw):
    """Up to 12 numbers in -5..5 (negatives, zeros, duplicates), findMedian after most of them."""
    nums = draw(st.lists(st.integers(-5, 5), max_size=12))
    return sequence(nums, draw(st.lists(st.booleans(), min_size=len(nums), max_size=len(nums))))


@st.composite
def strategy_every_step(draw):
    """Up to 10 numbers anywhere in the range, the median after every one: odd and even counts in turn."""
    nums = draw(st.lists(st.integers(-LIMIT, LIMIT), max_size=10))
    return sequence(nums, [True] * len(nums))


@st.composite
def strategy_monotone(draw):
    """Numbers arriving sorted down (or up), with repeats: the new number always lands at one end."""
    nums = sorted(draw(st.lists(st.integers(-20, 20), min_size=1, max_size=10)), reverse=draw(st.booleans()))
    return sequence(nums, [True] * len(nums))


@st.composite
def strategy_ties(draw):
    """Few distinct values, many times each: ties at the median."""
    values = draw(st.lists(st.integers(-LIMIT, LIMIT), min_size=1, max_size=3))
    nums = draw(st.lists(st.sampled_from(values), min_size=1, max_size=12))
    return sequence(nums, [True] * len(nums))


def alternating(n, nums_for):
    """addNum and findMedian in turn for n operations in all (the constructor included)."""
    count = (n - 1 + 1) // 2
    nums = nums_for(count)
    seq = sequence(nums, [True] * len(nums))
    return {k: v[:n] for k, v in seq.items()}


def worst_random_alternating(n, rng):
    """addNum and findMedian in turn, random numbers over the whole range: a re-sort on every findMedian."""
    return alternating(n, lambda m: [rng.randint(-LIMIT, LIMIT) for _ in range(m)])


def worst_descending(n, rng):
    """addNum and findMedian in turn on numbers arriving descending: every new number is a new minimum."""
    start = rng.randint(0, LIMIT)
    return alternating(n, lambda m: [max(-LIMIT, start - i * 4) for i in range(m)])

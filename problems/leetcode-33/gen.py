"""Inputs for Search in Rotated Sorted Array: distinct sorted values turned at some pivot.

Uniform lists are almost never a rotated sorted list, so every input is built here:
draw distinct values, sort them, rotate by k (0 included: not turned at all), and
pick a target that is present (often at an edge: the first, the last, the pivot) or
absent (between two values, below or above them all).

The mistakes members make here:

- deciding "the left half is sorted" with nums[lo] < nums[mid] instead of <=, which
  is wrong when lo == mid: [3, 1] with target 1 gives -1;
- testing the target against the sorted half with strict bounds
  (nums[lo] < target < nums[mid]), so a target equal to nums[lo] is sent the wrong
  way: [4, 5, 6, 7, 0, 1, 2] with target 4 gives -1;
- looping while lo < hi, so the last candidate is never looked at: [1] with target 1;
- finding the pivot as if the list were always turned, which breaks on a list
  not rotated at all (k = 0): [1, 2, 3] with target 3;
- binary search on the list as given (or on sorted(nums)), ignoring the rotation or
  returning a position in the sorted order rather than in nums.
"""

from hypothesis import strategies as st

LIMIT = 10**4


def rotated(values, k):
    """The sorted distinct ``values`` turned so that sorted[k] comes first."""
    ordered = sorted(values)
    return ordered[k:] + ordered[:k]


@st.composite
def strategy_small_rotated(draw):
    """Up to 8 distinct values in [-10, 10], any rotation, a target present or just missing."""
    values = draw(st.lists(st.integers(-10, 10), min_size=1, max_size=8, unique=True))
    nums = rotated(values, draw(st.integers(0, len(values) - 1)))
    kind = draw(st.sampled_from(["first", "last", "pivot", "any", "absent"]))
    if kind == "first":
        target = nums[0]
    elif kind == "last":
        target = nums[-1]
    elif kind == "pivot":
        target = min(nums)
    elif kind == "any":
        target = draw(st.sampled_from(nums))
    else:
        target = draw(st.integers(-11, 11).filter(lambda t: t not in nums))
    return {"nums": nums, "target": target}


@st.composite
def strategy_pair(draw):
    """Two numbers, turned or not, the target one of them: the range where lo == mid."""
    low, high = sorted(draw(st.lists(st.integers(-5, 5), min_size=2, max_size=2, unique=True)))
    nums = draw(st.sampled_from([[low, high], [high, low]]))
    return {"nums": nums, "target": draw(st.sampled_from(nums))}


@st.composite
def strategy_wide(draw):
    """Up to 30 distinct values anywhere in the range, any rotation, any target in range."""
    values = draw(st.lists(st.integers(-LIMIT, LIMIT), min_size=1, max_size=30, unique=True))
    nums = rotated(values, draw(st.integers(0, len(values) - 1)))
    target = draw(st.one_of(st.sampled_from(nums), st.integers(-LIMIT, LIMIT)))
    return {"nums": nums, "target": target}


def _values(n, rng):
    return rng.sample(range(-LIMIT, LIMIT + 1), n)


def worst_absent(n, rng):
    """A random rotation and a target that is not there: every search runs to its end."""
    values = _values(n, rng)
    present = set(values)
    target = next(t for t in range(-LIMIT, LIMIT + 1) if t not in present) if n < 2 * LIMIT + 1 else 0
    return {"nums": rotated(values, rng.randrange(n)), "target": target}


def worst_last_of_list(n, rng):
    """The target is the last number: a scan from the front has to see everything."""
    nums = rotated(_values(n, rng), rng.randrange(n))
    return {"nums": nums, "target": nums[-1]}


def worst_not_rotated(n, rng):
    """Sorted, not turned at all (k = 0), the target the largest value."""
    nums = sorted(_values(n, rng))
    return {"nums": nums, "target": nums[-1]}

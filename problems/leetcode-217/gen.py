"""Inputs for Contains Duplicate beyond uniform draws, which are almost always all distinct.

The mistakes members make, and the inputs that show them:

- comparing each number with its neighbour without sorting first: a repeat whose
  copies sit apart (``strategy_one_repeat``);
- sorting, then running the neighbour loop one pair short (``range(len(nums) - 2)``):
  the only repeat is the largest value, so it is the last pair once sorted
  (``strategy_largest_repeats``);
- a dict from value to index tested for truth (``if seen.get(x):``): index 0 is
  falsy, so a repeat of the first number is missed (``strategy_one_repeat``);
- ``return False`` inside the loop, after the first number, instead of after it:
  any list with a repeat (``strategy_narrow``).

Comparing every pair is right but O(n^2): the worst cases make it fail at 10^5.
"""

from hypothesis import strategies as st

LIMIT = 10**9


def strategy_narrow():
    """1 to 12 numbers in -4..4: repeats everywhere, and sometimes none at all."""
    return st.lists(st.integers(-4, 4), min_size=1, max_size=12).map(lambda nums: {"nums": nums})


@st.composite
def strategy_one_repeat(draw):
    """Distinct numbers, then one of them copied to a later place: the copies often sit apart,
    and the first copy is often at index 0."""
    values = draw(st.lists(st.integers(-50, 50), min_size=2, max_size=10, unique=True))
    first = draw(st.sampled_from((0, 0, draw(st.integers(0, len(values) - 1)))))
    place = draw(st.integers(first + 1, len(values)))
    nums = values[:place] + [values[first]] + values[place:]
    return {"nums": nums}


@st.composite
def strategy_largest_repeats(draw):
    """Distinct numbers, the largest twice, anywhere: sorted, it is the last pair."""
    values = draw(st.lists(st.integers(-LIMIT, LIMIT), min_size=1, max_size=8, unique=True))
    nums = values + [max(values)]
    return {"nums": draw(st.permutations(nums))}


@st.composite
def strategy_distinct(draw):
    """All different, often with x and -x side by side: the answer is false."""
    sizes = draw(st.lists(st.integers(1, 20), min_size=1, max_size=6, unique=True))
    nums = [s * sign for s in sizes for sign in (1, -1)]
    if draw(st.booleans()):
        nums.append(0)
    nums = draw(st.permutations(nums))
    return {"nums": nums[: draw(st.integers(1, len(nums)))]}


def worst_all_distinct(n, rng):
    """n different numbers: every pair must be compared, the set grows to n, the answer is false."""
    return {"nums": rng.sample(range(-LIMIT, LIMIT + 1), n)}


def worst_repeat_last(n, rng):
    """n - 1 different numbers, the last repeating the one before it: found only at the very end."""
    if n == 1:
        return {"nums": [rng.randint(-LIMIT, LIMIT)]}
    nums = rng.sample(range(-LIMIT, LIMIT + 1), n - 1)
    return {"nums": nums + nums[-1:]}

"""Inputs for Two Sum with exactly one answer, as the problem promises.

Derived inputs would hold no answer or several, so every input is built here:
place the answer pair, then add numbers that pair with nothing already present.
The mistakes members make, and what shows them:

- storing a number before looking up its complement, which pairs an index with
  itself when x + x == target: a half of the target elsewhere in the list;
- returning the two numbers instead of their indices;
- sorting for two pointers and returning sorted positions: any unsorted list.
"""

from hypothesis import strategies as st

LIMIT = 10**9


def with_one_answer(target, first, i, j, others):
    """nums with first + (target - first) at positions i < j and no other pair summing to target.

    ``others`` are candidate values, each nudged up (or down at the top of the range)
    until its complement is absent. Cost: O(n).
    """
    second = target - first
    n = len(others) + 2
    nums, present = [None] * n, {first, second}
    nums[i], nums[j] = first, second
    rest = iter(others)
    for k in range(n):
        if nums[k] is not None:
            continue
        x = next(rest)
        step = 1 if x < LIMIT else -1
        while target - x in present or x in (first, second):
            x += step
        nums[k] = x
        present.add(x)
    return {"nums": nums, "target": target}


@st.composite
def strategy_small(draw):
    """Up to 10 numbers in [-20, 20]: negatives, zeros, repeats and a self-pair like 3 + 3."""
    n = draw(st.integers(2, 10))
    value = st.integers(-20, 20)
    target = draw(value)
    first = draw(value)
    i = draw(st.integers(0, n - 2))
    j = draw(st.integers(i + 1, n - 1))
    others = draw(st.lists(value, min_size=n - 2, max_size=n - 2))
    return with_one_answer(target, first, i, j, others)


@st.composite
def strategy_wide(draw):
    """Up to 30 numbers anywhere in half the range: large sums, no overflow in Python."""
    n = draw(st.integers(2, 30))
    value = st.integers(-LIMIT // 2, LIMIT // 2)
    target = draw(value)
    i = draw(st.integers(0, n - 2))
    j = draw(st.integers(i + 1, n - 1))
    return with_one_answer(target, draw(value), i, j, draw(st.lists(value, min_size=n - 2, max_size=n - 2)))


def worst_answer_last(n, rng):
    """The pair is the last two numbers: a search has to see everything first."""
    others = [rng.randint(-LIMIT // 2, LIMIT // 2) for _ in range(n - 2)]
    return with_one_answer(rng.randint(-LIMIT // 2, LIMIT // 2), rng.randint(-LIMIT // 2, LIMIT // 2),
                           n - 2, n - 1, others)


def worst_random(n, rng):
    """The pair anywhere."""
    i = rng.randrange(n - 1)
    j = rng.randrange(i + 1, n)
    others = [rng.randint(-LIMIT // 2, LIMIT // 2) for _ in range(n - 2)]
    return with_one_answer(rng.randint(-LIMIT // 2, LIMIT // 2), rng.randint(-LIMIT // 2, LIMIT // 2), i, j, others)

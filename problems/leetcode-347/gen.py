"""Inputs for Top K Frequent Elements whose answer is unique, as the statement promises.

Uniform lists almost never have a unique top k, so every input is built here: pick
the values and their counts, pick a k where the k-th and (k+1)-th counts differ,
then shuffle the copies together. The mistakes members make, and what shows them:

- never ordering by count, returning the first k distinct values in order of
  appearance (``list(Counter(nums))[:k]``): a frequent value that shows up late
  (``strategy_counts``);
- sorting by count but forgetting ``reverse=True``: the k least frequent come back
  (``strategy_counts``);
- ``heapq.nlargest(k, counts)`` without ``key=counts.get``: the heap compares the
  numbers, so the k largest numbers come back (``strategy_counts``, ``strategy_wide``);
- bucket sort with ``len(nums)`` buckets instead of ``len(nums) + 1``: a value that
  fills the whole list has count n and no bucket (``strategy_one_value``);
- turning the counts into a dict from count to value: values that share a count
  overwrite each other (``strategy_counts``: ties inside the top k).

The answer's order is free (checker.py).
"""

from hypothesis import strategies as st

LIMIT = 10_000


def valid_ks(counts):
    """The k for which the top k is unique: the k-th and (k+1)-th highest counts differ, or k is all."""
    f = sorted(counts, reverse=True)
    return [k for k in range(1, len(f) + 1) if k == len(f) or f[k - 1] > f[k]]


@st.composite
def built(draw, values, max_count):
    """Distinct values drawn from ``values``, each 1..max_count times, shuffled, with a valid k."""
    chosen = draw(values)
    counts = draw(st.lists(st.integers(1, max_count), min_size=len(chosen), max_size=len(chosen)))
    k = draw(st.sampled_from(valid_ks(counts)))
    nums = [x for x, c in zip(chosen, counts) for _ in range(c)]
    return {"nums": draw(st.permutations(nums)), "k": k}


def strategy_counts():
    """1 to 6 values in -20..20, each 1 to 5 times: ties inside the top k, frequent values seen late."""
    return built(st.lists(st.integers(-20, 20), min_size=1, max_size=6, unique=True), 5)


def strategy_wide():
    """1 to 5 values anywhere in the range, each 1 to 4 times: big numbers are rarely the frequent ones."""
    return built(st.lists(st.integers(-LIMIT, LIMIT), min_size=1, max_size=5, unique=True), 4)


@st.composite
def strategy_one_value(draw):
    """One value repeated 1 to 8 times: its count is len(nums), and k is 1."""
    x = draw(st.integers(-LIMIT, LIMIT))
    return {"nums": [x] * draw(st.integers(1, 8)), "k": 1}


def _spread(n, rng, equal):
    """min(n, 20001) distinct values sharing n copies: all counts as equal as can be, or
    one copy each plus the rest spread at random."""
    m = min(n, 2 * LIMIT + 1)
    values = rng.sample(range(-LIMIT, LIMIT + 1), m)
    counts = [n // m + (i < n % m) for i in range(m)] if equal else [1] * m
    if not equal:
        for i in rng.choices(range(m), k=n - m):
            counts[i] += 1
    nums = [x for x, c in zip(values, counts) for _ in range(c)]
    rng.shuffle(nums)
    return nums, counts


def worst_many_values(n, rng):
    """As many distinct values as the range allows, random counts, k near half of them."""
    nums, counts = _spread(n, rng, equal=False)
    ks = valid_ks(counts)
    return {"nums": nums, "k": min(ks, key=lambda k: abs(k - len(counts) // 2))}


def worst_k_is_all(n, rng):
    """As many distinct values as the range allows, with counts as equal as can be: k is all of them."""
    nums, counts = _spread(n, rng, equal=True)
    return {"nums": nums, "k": len(counts)}


def worst_one_value(n, rng):
    """One value n times, k = 1: the highest count possible."""
    return {"nums": [rng.randint(-LIMIT, LIMIT)] * n, "k": 1}

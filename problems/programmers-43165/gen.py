"""Input generators for 타겟 넘버 beyond what the constraints alone give.

The mistakes members make here:

- the first number always added: the search starts from +numbers[0] only, so
  every way that subtracts the first number is lost;
- counting too early: returning 1 as soon as the running total equals the
  target, before every number has been used (a tail like +3 -3 still follows);
- distinct totals instead of ways: a set of reachable totals per level, so the
  same total reached by different signs counts once;
- the last number skipped: an off-by-one that checks the total at index n - 1
  before adding numbers[n - 1].

Uniform lists of numbers up to 50 rarely reach a target at all, so the
strategies build the target from a real choice of signs, over small numbers with
repeats (many ways to one total), with a first number that must be subtracted,
or with a cancelling tail that passes the target before the end.
"""

from hypothesis import strategies as st

SMALL = st.integers(1, 5)


def _signed(numbers, signs):
    return sum(x if s else -x for x, s in zip(numbers, signs))


@st.composite
def strategy_reachable(draw):
    """Small numbers with repeats; the target is the total of one sign choice (or any, one time in five)."""
    numbers = draw(st.lists(SMALL, min_size=2, max_size=10))
    total = abs(_signed(numbers, draw(st.lists(st.booleans(), min_size=len(numbers), max_size=len(numbers)))))
    if total == 0 or draw(st.integers(0, 4)) == 0:
        total = draw(st.integers(1, sum(numbers) + 2))
    return {"numbers": numbers, "target": total}


@st.composite
def strategy_first_subtracted(draw):
    """A target reached with the first number subtracted: -a + (signed rest) >= 1."""
    rest = draw(st.lists(SMALL, min_size=2, max_size=10))
    first = draw(st.integers(1, min(5, sum(rest) - 1)))
    total = -first + _signed(rest, draw(st.lists(st.booleans(), min_size=len(rest), max_size=len(rest))))
    if total < 1:
        total = sum(rest) - first
    return {"numbers": [first] + rest, "target": total}


@st.composite
def strategy_cancelling_tail(draw):
    """A prefix that reaches the target, then pairs k, k that can cancel: the total passes the target early."""
    prefix = draw(st.lists(SMALL, min_size=1, max_size=6))
    total = abs(_signed(prefix, draw(st.lists(st.booleans(), min_size=len(prefix), max_size=len(prefix)))))
    if total == 0:
        total = sum(prefix)
    tail = [k for k in draw(st.lists(SMALL, min_size=1, max_size=3)) for _ in range(2)]
    return {"numbers": prefix + tail, "target": total}


def worst_all_ones(n, rng):
    """n ones, target near 0: the most ways (C(20, 10)-ish) and the fewest distinct totals."""
    return {"numbers": [1] * n, "target": 2 - n % 2}


def worst_spread(n, rng):
    """Random numbers 1..50: up to 1001 distinct totals, the most for a count per total."""
    numbers = [rng.randint(1, 50) for _ in range(n)]
    total = abs(sum(x if rng.random() < 0.5 else -x for x in numbers))
    return {"numbers": numbers, "target": max(1, min(1000, total))}

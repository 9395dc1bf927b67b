"""Input generators for 입국심사 beyond what the constraints alone give.

The mistakes members make here:

- a strict count: searching for the first time whose count exceeds n (> n)
  instead of reaching it (>= n), wrong whenever the answer's count is exactly n;
- an upper bound that is too small: hi = max(times) * n // len(times), as if the
  people split evenly among the desks, which is below the answer when they do not;
- no waiting: sending each person to the desk that is free first, though waiting
  for a faster desk can finish sooner (the official example: 30 instead of 28);
- true division: counting mid / t people, so a half-examined person counts;
- a mixed-up search: hi = mid - 1 on success with a `lo < hi` loop that returns lo,
  which can step below the answer.

The strategies draw a few desks with small, often equal times (exact counts and
uneven splits are common there), and huge n and times up to 10^9, where answers
reach 10^18.
"""

from hypothesis import strategies as st

MAX_N = 1_000_000_000
MAX_TIME = 1_000_000_000


@st.composite
def _queue(draw, people, desk_times, desks=st.integers(1, 8)):
    m = draw(desks)
    return {"n": draw(people), "times": draw(st.lists(desk_times, min_size=m, max_size=m))}


def strategy_small_times():
    """Up to 8 desks taking 1 to 12 minutes, up to 60 people: exact counts and ties everywhere."""
    return _queue(st.integers(1, 60), st.integers(1, 12))


@st.composite
def strategy_equal_desks(draw):
    """Every desk equally fast: n people split unevenly over m desks end at ceil(n / m) * t."""
    m, t = draw(st.integers(2, 8)), draw(st.integers(1, MAX_TIME))
    return {"n": draw(st.integers(1, 100)), "times": [t] * m}


def strategy_huge_times():
    """n and desk times up to 10^9, with a few fast desks mixed in."""
    return _queue(st.integers(1, MAX_N), st.one_of(st.integers(1, 5), st.integers(1, MAX_TIME)))


def worst_slow_desks(n, rng):
    """n desks of 10^9 minutes each and 10^9 people: the answer is ceil(10^9 / n) * 10^9."""
    return {"n": MAX_N, "times": [MAX_TIME] * n}


def worst_random(n, rng):
    """n desks of random speed and 10^9 people."""
    return {"n": MAX_N, "times": [rng.randint(1, MAX_TIME) for _ in range(n)]}


def worst_one_fast_desk(n, rng):
    """One desk of 1 minute among desks of 10^9, and 10^9 people: nearly all go to the fast desk."""
    times = [MAX_TIME] * n
    times[rng.randrange(n)] = 1
    return {"n": MAX_N, "times": times}

"""Input generators for 기능개발 beyond what the constraints alone give.

The mistakes members make here:

- the finishing day as ``(100 - p) // s + 1``: one day too many when the division
  is exact (95 at 5 a day is done after 1 day);
- the finishing day as ``(100 - p) // s``: one day too few when it is not;
- closing a release when a feature finishes after the feature just before it,
  instead of after the release's first feature (days 5, 3, 4 are one release).

Uniform progress and speed rarely divide evenly, and rarely give a day between
the release's first day and the previous day, so the strategy picks the days
first and builds progress and speed around them.
"""

from hypothesis import strategies as st


@st.composite
def _feature(draw):
    """(progress, speed) finishing on a small day, the remainder often 0 or speed - 1."""
    speed = draw(st.sampled_from([1, 2, 3, 4, 5, 7, 10, 20, 30, 45, 99]))
    day = draw(st.integers(1, min(6, 99 // speed)))
    rest = draw(st.sampled_from(sorted({0, 1 % speed, speed - 1})))  # 100 - progress = day * speed - rest
    return 100 - day * speed + rest, speed


@st.composite
def strategy_chosen_days(draw):
    """Features finishing on days 1 to 6, with exact and inexact divisions mixed."""
    pairs = draw(st.lists(_feature(), min_size=1, max_size=7))
    return {"progresses": [p for p, _ in pairs], "speeds": [s for _, s in pairs]}


def worst_random(n, rng):
    """Random progress and speed."""
    return {"progresses": [rng.randint(1, 99) for _ in range(n)],
            "speeds": [rng.randint(1, 100) for _ in range(n)]}


def worst_slowest(n, rng):
    """1 percent done, 1 percent a day: 99 days each, the longest calendar."""
    return {"progresses": [1] * n, "speeds": [1] * n}


def worst_one_release_each(n, rng):
    """Finishing days strictly increase: as many releases as features."""
    days = sorted(rng.sample(range(1, 100), n)) if n <= 99 else list(range(1, 100)) + [99] * (n - 99)
    return {"progresses": [100 - d for d in days], "speeds": [1] * n}

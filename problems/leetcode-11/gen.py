"""Inputs for Container With Most Water that show the mistakes members make.

The mistakes, and what shows them:

- moving the taller end inward instead of the shorter one: short lines at both
  ends with the tall ones inside;
- the taller line as the water level instead of the shorter one: almost any input
  with lines of different heights;
- counting the lines instead of the gap, width j - i + 1: any input with a positive answer;
- taking the two tallest lines, however close together: two tall lines side by side
  and two shorter ones far apart;
- stopping the two pointers one step early (while left < right - 1), so the last
  pair, two neighbours, is never measured: the best container is two tall
  neighbours between short lines.
"""

from hypothesis import strategies as st

HIGH = 10_000
SMALL = st.integers(0, 12)


def strategy_small():
    """2 to 10 lines of height 0..12: zeros, ties, every shape."""
    return st.lists(SMALL, min_size=2, max_size=10).map(lambda height: {"height": height})


@st.composite
def strategy_short_ends(draw):
    """Short lines at both ends, taller ones between them."""
    inside = draw(st.lists(st.integers(5, 12), min_size=1, max_size=7))
    return {"height": [draw(st.integers(0, 4)), *inside, draw(st.integers(0, 4))]}


@st.composite
def strategy_tall_neighbours(draw):
    """Two tall lines side by side somewhere, the other lines shorter; sometimes the best pair."""
    tall = draw(st.integers(6, 12))
    others = draw(st.lists(st.integers(0, tall - 1), min_size=1, max_size=7))
    i = draw(st.integers(0, len(others)))
    return {"height": others[:i] + [tall, draw(st.integers(tall, 12))] + others[i:]}


def worst_random(n, rng):
    """n heights anywhere in 0..10,000."""
    return {"height": [rng.randint(0, HIGH) for _ in range(n)]}


def worst_rising(n, rng):
    """Heights that only rise: the left end is always the shorter one, so only the left pointer moves."""
    return {"height": [i * HIGH // max(1, n - 1) for i in range(n)]}


def worst_mountain(n, rng):
    """Low at the ends, 10,000 in the middle: the best containers are inside."""
    half = (n + 1) // 2
    up = [i * HIGH // max(1, half - 1) for i in range(half)]
    return {"height": up + up[: n - half][::-1]}


def worst_all_equal(n, rng):
    """Every line 10,000 high: ties at every step, and the widest container is the answer."""
    return {"height": [HIGH] * n}

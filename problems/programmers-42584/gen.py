"""Input generators for 주식가격 beyond what the constraints alone give.

The mistakes members make here:

- treating an equal price as a fall (``>=`` where ``>`` belongs);
- leaving out the second in which the price falls (``j - i - 1``);
- giving a price that never falls ``n - i`` seconds instead of ``n - 1 - i``;
- looking for the first second that is lower than the second before it,
  instead of lower than the price at i.

Uniform prices in 1..10,000 almost never repeat, and short lists fall often, so
the strategies draw from a handful of prices: plateaus, small dips that stay
above an earlier price, and stretches with no fall at all.
"""

from hypothesis import strategies as st


def strategy_few_prices():
    """Up to 10 seconds over prices 1 to 4: many equal prices and small dips."""
    return st.lists(st.integers(1, 4), min_size=2, max_size=10).map(lambda prices: {"prices": prices})


@st.composite
def strategy_dip_above_start(draw):
    """Rise, dip but stay above the start: a drop from the second before that is not a drop from the start."""
    start = draw(st.integers(1, 5))
    peak = start + draw(st.integers(2, 4))
    dip = draw(st.integers(start, peak - 1))
    tail = draw(st.lists(st.integers(1, peak), max_size=4))
    return {"prices": [start, peak, dip] + tail}


def worst_rising(n, rng):
    """Prices that never fall: every brute-force walk runs to the end, n^2 / 2 steps."""
    return {"prices": sorted(rng.randint(1, 10_000) for _ in range(n))}


def worst_random(n, rng):
    """Random prices: most falls come soon, a few low prices hold to the end."""
    return {"prices": [rng.randint(1, 10_000) for _ in range(n)]}


def worst_rises_then_crash(n, rng):
    """A long rise, then the lowest price at the very end: every second falls only then."""
    return {"prices": sorted(rng.randint(2, 10_000) for _ in range(n - 1)) + [1]}

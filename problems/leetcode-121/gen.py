"""Inputs for Best Time to Buy and Sell Stock that show the mistakes members make.

Uniform random prices nearly always hold a rise, the best sale often long after the
lowest price, so they hide most of these. The mistakes, and what shows them:

- the highest price minus the lowest, order ignored (selling before buying):
  prices that fall, or whose peak comes before their low;
- a negative answer when prices only fall (the best starts at minus infinity, or
  no trade is not counted as 0): falling or flat prices;
- buying at the overall lowest price and selling at the highest after it: the best
  trade ends before a later, lower low with only a small bounce;
- adding up every rise, as if many trades were allowed (LeetCode 122): two rises
  with a dip between them;
- a loop that stops one day early and never sells on the last day: the last price
  is the highest of all.
"""

from hypothesis import strategies as st

HIGH = 10_000
SMALL = st.integers(0, 12)


def strategy_small():
    """1 to 10 prices in 0..12: ties, repeats, single days, rises and falls of every kind."""
    return st.lists(SMALL, min_size=1, max_size=10).map(lambda prices: {"prices": prices})


def strategy_falling():
    """Prices that never rise (ties allowed), one day included: the answer is 0."""
    return st.lists(SMALL, min_size=1, max_size=10).map(lambda prices: {"prices": sorted(prices, reverse=True)})


@st.composite
def strategy_best_before_low(draw):
    """A big rise, then a drop to a new lowest price and a smaller bounce from it."""
    low = draw(st.integers(0, 5))
    buy = low + draw(st.integers(1, 5))
    sell = buy + draw(st.integers(2, 10))
    bounce = draw(st.integers(0, sell - buy - 1))
    between = draw(st.lists(st.integers(buy, sell), max_size=3))
    after = draw(st.lists(st.integers(low, low + bounce), max_size=3))
    return {"prices": [buy, *between, sell, low, *after, low + bounce]}


@st.composite
def strategy_sell_on_last_day(draw):
    """Any prices, then a last day higher than all of them."""
    prices = draw(st.lists(SMALL, min_size=1, max_size=9))
    return {"prices": prices + [max(prices) + draw(st.integers(1, 5))]}


def worst_random(n, rng):
    """n prices anywhere in 0..10,000."""
    return {"prices": [rng.randint(0, HIGH) for _ in range(n)]}


def worst_falling(n, rng):
    """Prices that only fall, from 10,000 down to 0: no trade pays, and every day is a new low."""
    return {"prices": [HIGH - i * (HIGH + 1) // n for i in range(n)]}


def worst_rising(n, rng):
    """Prices that only rise, from 0 up to 10,000: every day improves the best profit."""
    return {"prices": [i * (HIGH + 1) // n for i in range(n)]}

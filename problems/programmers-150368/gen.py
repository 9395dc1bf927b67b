"""Input generators for 이모티콘 할인행사 beyond what the constraints alone give.

The mistakes members make here:

- the goals mixed up: keeping a plan when it has more subscribers OR more sales,
  instead of comparing subscribers first and sales only on a tie;
- a strict rate: buying only emoticons discounted by MORE than the user's rate,
  when a discount equal to the rate counts;
- a strict price: subscribing only when the total goes OVER the user's price,
  when reaching it exactly is enough;
- cancelled purchases still counted: a subscriber's emoticons added to the sales;
- float prices: price * (1 - d / 100) makes 700 at 30% off 489.99999999999994,
  so sums come out a hair short and totals that equal a price fall below it;
- one discount for all: trying only the four uniform discounts, when each
  emoticon may have its own.

Uniform prices up to 1,000,000 almost never make a total land exactly on a
user's price or a rate land on 10, 20, 30 or 40. These strategies draw round
prices (multiples of 1,000 give totals in hundreds), prices that floats get
wrong, rates on the discount steps, and user prices equal to what they would spend.
"""

from hypothesis import strategies as st

DISCOUNTS = (10, 20, 30, 40)
ROUND = (1000, 2000, 3000, 5000, 10000)
FLOAT_SHY = (700, 1300, 1400, 2600, 2700, 2800, 2900, 5200)  # price * 0.7 is not exact in floats
RATES = (1, 5, 10, 11, 15, 20, 21, 25, 30, 31, 35, 40)


def paid(price, d):
    """What one emoticon costs at d percent off, in exact integers."""
    return price * (100 - d) // 100


@st.composite
def _users(draw, emoticons, max_users):
    """Users whose prices are often exactly what they would spend under some discounts."""
    users = []
    for _ in range(draw(st.integers(1, max_users))):
        rate = draw(st.sampled_from(RATES))
        discounts = [draw(st.sampled_from(DISCOUNTS)) for _ in emoticons]
        spend = sum(paid(p, d) for p, d in zip(emoticons, discounts) if d >= rate)
        exact = spend if spend % 100 == 0 else spend - spend % 100 + 100
        limit = draw(st.sampled_from([max(100, exact), max(100, exact + 100), max(100, exact - 100),
                                      draw(st.integers(1, 100)) * 100]))
        users.append([rate, limit])
    return users


@st.composite
def _event(draw, prices, max_emoticons, max_users):
    emoticons = draw(st.lists(st.sampled_from(prices), min_size=2, max_size=max_emoticons))
    return {"users": draw(_users(emoticons, max_users)), "emoticons": emoticons}


def strategy_exact_totals():
    """Round prices, two or more: totals land exactly on users' prices, rates on the discount steps."""
    return _event(ROUND + (500,), 4, 6)


@st.composite
def strategy_float_shy_prices(draw):
    """Prices that floats get wrong at 30% off, with users whose rates (21 to 30) make them buy only at 30% or 40%."""
    emoticons = draw(st.lists(st.sampled_from(FLOAT_SHY + ROUND), min_size=1, max_size=3))
    users = draw(_users(emoticons, 4))
    for user in users:
        user[0] = draw(st.sampled_from((21, 25, 30, user[0])))
    return {"users": users, "emoticons": emoticons}


@st.composite
def strategy_random(draw):
    """Any rates, prices in hundreds up to 10,000 and 30,000."""
    emoticons = draw(st.lists(st.integers(1, 100).map(lambda k: k * 100), min_size=1, max_size=4))
    users = draw(st.lists(st.tuples(st.integers(1, 40), st.integers(1, 300).map(lambda k: k * 100))
                          .map(list), min_size=1, max_size=6))
    return {"users": users, "emoticons": emoticons}


def worst_everyone_buys(n, rng):
    """100 users with rates up to 10 and prices no one reaches: every user buys every emoticon."""
    return {"users": [[rng.randint(1, 10), 1_000_000] for _ in range(100)],
            "emoticons": [rng.randint(1, 10_000) * 100 for _ in range(n)]}


def worst_random(n, rng):
    """100 users with random rates and prices, random emoticons."""
    return {"users": [[rng.randint(1, 40), rng.randint(1, 10_000) * 100] for _ in range(100)],
            "emoticons": [rng.randint(1, 10_000) * 100 for _ in range(n)]}

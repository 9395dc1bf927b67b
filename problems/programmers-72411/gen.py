"""Input generators for 메뉴 리뉴얼 beyond what the constraints alone give.

The mistakes members make here:

- letters not sorted within an order: combinations of "XWY" as written make "XW"
  while "WXA" makes "WX", so one course is counted as two;
- counts of 1 kept: a combination only one customer ordered, when a course needs two;
- one of the tied maxima: most_common(1), or the first best found, when every
  combination with the top count belongs on the menu;
- one maximum for all sizes: comparing counts across course sizes, when each size
  has its own best;
- the answer not sorted: courses listed size by size instead of in dictionary order.

Uniform uppercase strings over 26 letters rarely share even two dishes, so the
answer is almost always about nothing. Here orders come from a few dishes,
written in shuffled order, so combinations repeat, tie, and are spelled in
different orders by different customers.
"""

from hypothesis import strategies as st

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@st.composite
def _menu(draw, dishes, max_orders):
    course = sorted(draw(st.lists(st.integers(2, min(6, len(dishes))), min_size=1, max_size=3, unique=True)))
    orders = [draw(st.permutations(draw(st.lists(st.sampled_from(dishes), min_size=2, max_size=min(6, len(dishes)),
                                                   unique=True))))
              for _ in range(draw(st.integers(2, max_orders)))]
    orders = ["".join(order) for order in orders]
    if not any(len(set(a) & set(b)) >= course[0] for i, a in enumerate(orders) for b in orders[i + 1:]):
        shared = draw(st.lists(st.sampled_from(dishes), min_size=course[0], max_size=course[0], unique=True))
        orders[0] = "".join(draw(st.permutations(shared)))  # two customers order the same course,
        orders[-1] = "".join(draw(st.permutations(shared)))  # each writing it in their own order
    return {"orders": orders, "course": course}


def strategy_few_dishes():
    """Up to 8 orders from 3 to 5 dishes: repeats and ties at every size."""
    return st.integers(3, 5).flatmap(lambda k: _menu(LETTERS[:k], 8))


def strategy_scattered_dishes():
    """Orders from 6 dishes spread over the alphabet (W, X, Y, A...): fewer repeats, letters out of order."""
    return _menu("WXYAZB", 6)


def _orders(n, rng, dishes, length):
    """n orders, each ``length()`` distinct dishes from ``dishes``, written in random order."""
    return ["".join(rng.sample(dishes, length())) for _ in range(n)]


def worst_ten_dishes_each(n, rng):
    """Every order has 10 of the 26 dishes and course is 2 to 10: the most combinations to count."""
    orders = _orders(n, rng, LETTERS, lambda: 10)
    orders[-1] = "".join(rng.sample(orders[0], 10))  # two customers share a whole order: never an empty answer
    return {"orders": orders, "course": list(range(2, 11))}


def worst_same_order(n, rng):
    """Everyone orders the same 10 dishes: every one of the 1,013 combinations ties at the top."""
    dishes = rng.sample(LETTERS, 10)
    return {"orders": ["".join(rng.sample(dishes, 10)) for _ in range(n)], "course": list(range(2, 11))}


def worst_random(n, rng):
    """Orders of 2 to 10 dishes from 12, random course sizes."""
    orders = _orders(n, rng, LETTERS[:12], lambda: rng.randint(2, 10))
    orders[-1] = "".join(rng.sample(orders[0], len(orders[0])))
    return {"orders": orders, "course": sorted(rng.sample(range(2, 11), rng.randint(1, 9)))}

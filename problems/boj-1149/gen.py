"""Streets for RGB거리, written as Baekjoon's input text: N, then one "r g b" line per house.

The mistakes members make, and the streets that show them:

- greedy, house by house: paint each house its cheapest colour that differs from
  the house before, which a cheap first choice can make expensive later
  (``strategy_traps``: neighbours whose cheapest colour is the same);
- updating the three totals one after another in place, so green is computed
  from the red total just overwritten (``strategy_traps``, ``strategy_small``);
- adding up each house's cheapest colour and forgetting that neighbours must
  differ (``strategy_traps``).
"""

from hypothesis import strategies as st


def text(rows):
    """The input text: N, then each house's three costs."""
    return f"{len(rows)}\n" + "".join(f"{r} {g} {b}\n" for r, g, b in rows)


def strategy_small():
    """2 to 8 houses, costs from a narrow range (ties) or the full 1..1000."""
    cost = st.one_of(st.integers(1, 5), st.integers(1, 1000))
    return st.lists(st.tuples(cost, cost, cost), min_size=2, max_size=8).map(text)


@st.composite
def strategy_traps(draw):
    """2 to 8 houses that mostly want the same colour: one cheap colour, two dear ones, and a gap that varies."""
    n = draw(st.integers(2, 8))
    favourite = draw(st.sampled_from(range(3)))
    rows = []
    for _ in range(n):
        colour = favourite if draw(st.integers(0, 3)) else draw(st.sampled_from(range(3)))
        cheap = draw(st.integers(1, 10))
        row = [draw(st.integers(cheap, 1000)) for _ in range(3)]
        row[colour] = cheap
        rows.append(tuple(row))
    return text(rows)


def worst_random(n, rng):
    """n houses with random costs."""
    return text([tuple(rng.randint(1, 1000) for _ in range(3)) for _ in range(n)])


def worst_all_dear(n, rng):
    """n houses at the largest cost everywhere: the answer is 1,000 * n."""
    return text([(1000, 1000, 1000)] * n)

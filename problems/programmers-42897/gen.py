"""Input generators for 도둑질 beyond what the constraints alone give.

The mistakes members make here:

- ignoring the circle: the straight-line house robber, which may rob the first
  and the last house together;
- one cut only: solving just the line without the last house (or without the
  first), which misses the answers that need the other end;
- alternate houses: the better of the even and the odd houses, which fails once
  skipping two houses in a row pays;
- greedy by wealth: robbing the richest houses first, which loses to two
  neighbours of a rich house that together are worth more;
- a copied table: the table meant to skip the first house starts from money[0]
  like the other one, so the circle is broken again.

The strategies put the money at the two ends, use a few levels (0, 1, 2, 1000) so
that ties and "skip two" patterns are common, and keep the circle short (3 to 12
houses) for the oracle, which tries every choice.
"""

from hypothesis import strategies as st

MAX_MONEY = 1000


def strategy_few_levels():
    """3 to 12 houses holding 0, 1, 2, 3 or 1000."""
    return st.lists(st.sampled_from([0, 1, 2, 3, MAX_MONEY]), min_size=3, max_size=12).map(lambda m: {"money": m})


@st.composite
def strategy_rich_ends(draw):
    """The richest house sits at one end or both: the cut of the circle decides the answer."""
    money = draw(st.lists(st.integers(0, 10), min_size=3, max_size=12))
    ends = draw(st.sampled_from([[0], [-1], [0, -1]]))
    for i in ends:
        money[i] = draw(st.integers(50, MAX_MONEY))
    return {"money": money}


def strategy_any():
    """3 to 12 houses with any amounts."""
    return st.lists(st.integers(0, MAX_MONEY), min_size=3, max_size=12).map(lambda m: {"money": m})


def worst_random(n, rng):
    """n houses with random amounts."""
    return {"money": rng.choices(range(MAX_MONEY + 1), k=n)}


def worst_rich_ends(n, rng):
    """n houses, the two ends holding 1000 and the rest random: only one end can be robbed."""
    money = rng.choices(range(MAX_MONEY + 1), k=n)
    money[0] = money[-1] = MAX_MONEY
    return {"money": money}

"""Houses for 공유기 설치, written as Baekjoon's input text: "N C", then one coordinate a line.

Coordinates are distinct, in 0..10^9, and come in no particular order. The
mistakes members make, and the inputs that show them:

- forgetting to sort the houses (the input is not sorted): any shuffled input;
- starting the binary search at the first gap, houses[1] - houses[0], as if it
  were the smallest gap: wrong when the answer is below it (``strategy_wide_first_gap``);
- ending the binary search off by one, printing lo where hi is the answer
  (or the other way round): any input;
- measuring the gap from the previous house instead of from the last router:
  the greedy then counts too many routers (``strategy_small``);
- returning the first distance that fits exactly C routers, instead of the
  largest distance that fits at least C (``strategy_small``).
"""

from hypothesis import strategies as st

LIMIT = 1_000_000_000


def text(c, houses):
    """The input text: "N C", then each house's coordinate on its own line."""
    return f"{len(houses)} {c}\n" + "".join(f"{x}\n" for x in houses)


@st.composite
def strategy_small(draw):
    """2 to 8 houses in 0..40, in any order, C from 2 to N."""
    houses = draw(st.lists(st.integers(0, 40), min_size=2, max_size=8, unique=True))
    c = draw(st.integers(2, len(houses)))
    return text(c, houses)


@st.composite
def strategy_wide_first_gap(draw):
    """A lonely first house, then a tight cluster: the answer falls below the first gap."""
    first = draw(st.integers(0, 5))
    second = first + draw(st.integers(10, 30))
    rest = draw(st.lists(st.integers(second + 1, second + 12), min_size=1, max_size=6, unique=True))
    houses = draw(st.permutations([first, second] + rest))
    return text(draw(st.integers(3, len(houses))), houses)


@st.composite
def strategy_far(draw):
    """Up to 8 houses anywhere in 0..10^9, often at both ends: answers near 10^9."""
    houses = draw(st.lists(st.integers(0, LIMIT), min_size=2, max_size=6, unique=True))
    houses += [x for x in (0, LIMIT) if draw(st.booleans()) and x not in houses]
    return text(draw(st.integers(2, len(houses))), draw(st.permutations(houses)))


def worst_two_clusters(n, rng):
    """Half the houses packed at each end of the line and C = 3: the answer is near n / 2, far below 5 * 10^8."""
    half = n // 2
    houses = list(range(half)) + list(range(LIMIT - (n - half) + 1, LIMIT + 1))
    rng.shuffle(houses)
    return text(min(3, n), houses)


def worst_spread(n, rng):
    """n houses spread at random over 0..10^9 and C = n // 2: every check walks every house."""
    houses = rng.sample(range(LIMIT + 1), n)
    return text(max(2, n // 2), houses)


def worst_every_house(n, rng):
    """C = n: a router in every house, so the answer is the smallest gap; jumps by bisect cost the most."""
    houses = rng.sample(range(LIMIT + 1), n)
    return text(n, houses)

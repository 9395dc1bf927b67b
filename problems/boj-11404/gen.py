"""Bus networks for 플로이드, written as Baekjoon's input text: n, then m, then one "a b c" line per bus.

Buses are one-way, a != b, fares 1 <= c <= 100,000, and the same two cities may be
joined by several buses. At size n the worst cases hold m = min(100,000, 10 n^2)
buses, so the maximum is n = 100 and m = 100,000. The mistakes members make, and
the networks that show them:

- printing the infinity (10**9, 1e9, inf) for a pair with no route, instead of 0
  (``strategy_unreachable``);
- storing a bus with dist[a][b] = c, so a later, dearer bus between the same two
  cities overwrites a cheaper one (``strategy_parallel``);
- the loops in the order i, j, k, with the stop k innermost, which uses costs
  before they are final (``strategy_long_routes``);
- never setting dist[i][i] = 0, so a round trip shows on the diagonal
  (``strategy_small``: any two buses a -> b and b -> a);
- storing each bus in both directions (``strategy_small``);
- an infinity just above the dearest fare, 100,001, when a route of several
  buses costs up to 99 * 100,000 (``strategy_dear_chain``).

Right but too slow at the maximum: Bellman-Ford from every city (n^2 m steps).
"""

from hypothesis import strategies as st

FARE = 100_000


def text(n, buses):
    """The input text: n, m, then the buses as "a b c"."""
    return f"{n}\n{len(buses)}\n" + "".join(f"{a} {b} {c}\n" for a, b, c in buses)


@st.composite
def _bus(draw, n, fares):
    a = draw(st.integers(1, n))
    b = draw(st.integers(1, n - 1))
    return a, b + (b >= a), draw(fares)  # b skips a: a bus goes to another city


@st.composite
def strategy_small(draw):
    """2 to 6 cities, 1 to 15 buses with fares 1..20: detours, round trips, cities left unreached."""
    n = draw(st.integers(2, 6))
    return text(n, draw(st.lists(_bus(n, st.integers(1, 20)), min_size=1, max_size=15)))


@st.composite
def strategy_unreachable(draw):
    """A few buses among many cities, all pointing one way: most pairs have no route."""
    n = draw(st.integers(2, 7))
    order = draw(st.permutations(range(1, n + 1)))
    buses = []
    for _ in range(draw(st.integers(1, 5))):
        i = draw(st.integers(0, n - 2))
        j = draw(st.integers(i + 1, n - 1))
        buses.append((order[i], order[j], draw(st.integers(1, 20))))
    return text(n, buses)


@st.composite
def strategy_parallel(draw):
    """Two buses between the same cities, the dearer one often listed last."""
    n = draw(st.integers(2, 5))
    a, b, _ = draw(_bus(n, st.just(1)))
    cheap, dear = draw(st.integers(1, 5)), draw(st.integers(6, 50))
    buses = draw(st.lists(_bus(n, st.integers(1, 50)), max_size=5)) + [(a, b, cheap), (a, b, dear)]
    return text(n, draw(st.permutations(buses)))


@st.composite
def strategy_long_routes(draw):
    """A cheap chain through all the cities in a shuffled order, dear shortcuts, buses listed in any order.

    Cheapest routes pass many stops whose numbers go up and down: the loop order matters.
    """
    n = draw(st.integers(3, 7))
    order = draw(st.permutations(range(1, n + 1)))
    buses = [(order[i], order[i + 1], draw(st.integers(1, 3))) for i in range(n - 1)]
    buses += draw(st.lists(_bus(n, st.integers(20, 60)), max_size=6))
    return text(n, draw(st.permutations(buses)))


@st.composite
def strategy_dear_chain(draw):
    """Fares near 100,000 along a chain: routes of two or more buses pass 100,001."""
    n = draw(st.integers(3, 6))
    order = draw(st.permutations(range(1, n + 1)))
    fares = st.integers(FARE - 20_000, FARE)
    buses = [(order[i], order[i + 1], draw(fares)) for i in range(n - 1)]
    return text(n, draw(st.permutations(buses)))


def bus_count(n):
    """The number of buses at size n: 100,000 at n = 100."""
    return min(100_000, 10 * n * n)


def worst_random(n, rng):
    """Random buses and fares: every pair joined about ten times over, the cheapest found by min."""
    buses = []
    while len(buses) < bus_count(n):
        a, b = rng.randint(1, n), rng.randint(1, n)
        if a != b:
            buses.append((a, b, rng.randint(1, FARE)))
    return text(n, buses)


def worst_chain(n, rng):
    """A chain 1 -> 2 -> ... -> n of fare 1 listed backwards, plus buses that never shortcut it.

    Every route forward follows the chain: Bellman-Ford needs n - 1 rounds from each start.
    """
    buses = [(a, a + 1, 1) for a in range(n - 1, 0, -1)]
    while len(buses) < bus_count(n):
        a, b = rng.randint(1, n), rng.randint(1, n)
        if a != b:
            buses.append((a, b, rng.randint(max(1, b - a), FARE)))  # a hop forward of h costs at least h
    return text(n, buses)


def worst_one_way(n, rng):
    """Buses only from lower to higher numbers: half of all pairs have no route and print 0."""
    buses = []
    while len(buses) < bus_count(n):
        a, b = rng.randint(1, n), rng.randint(1, n)
        if a < b:
            buses.append((a, b, rng.randint(1, FARE)))
    return text(n, buses)

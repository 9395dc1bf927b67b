"""Bus networks for 최소비용 구하기, written as Baekjoon's input text.

The text is N, then M, then one "a b c" line per bus (a one-way bus from city a to
city b with fare c, 0 <= c < 100,000), then "S T". A route from S to T always
exists; the same two cities may be joined by several buses, and fares may be 0.
At size N the worst cases hold M = min(100,000, 100 N) buses, so the maximum is
N = 1,000 and M = 100,000. The mistakes members make, and the inputs that show them:

- an adjacency matrix or dict where a later bus between the same two cities
  overwrites a cheaper one (``strategy_parallel``);
- marking a city done when it is pushed, not when it is popped, so a cheaper
  route found later is ignored (``strategy_small``);
- adding each bus in both directions, as if buses ran both ways
  (``strategy_one_way``);
- starting every cost at 100,000, the bound on one fare, when a route of several
  dear buses costs up to 99,999 * 999 (``strategy_dear_chain``);
- using cost 0 to mean "not reached yet", when free buses make 0 a real cost
  (``strategy_free_buses``).

Right but too slow at the maximum: Bellman-Ford (N rounds of M buses on
``worst_chain``), and a heap Dijkstra that does not skip stale entries, which
scans a busy city's buses again for each of its stale entries (``worst_stale``).
"""

from hypothesis import strategies as st

FARE = 99_999  # fares are below 100,000


def text(n, buses, start, end):
    """The input text: N, M, the buses as "a b c", then "S T"."""
    return f"{n}\n{len(buses)}\n" + "".join(f"{a} {b} {c}\n" for a, b, c in buses) + f"{start} {end}\n"


@st.composite
def _bus(draw, n, fares):
    a = draw(st.integers(1, n))
    b = draw(st.integers(1, n - 1))
    return a, b + (b >= a), draw(fares)  # b skips a: a bus goes to another city


@st.composite
def _route(draw, n, start, end, fares):
    """A chain of buses from start to end through distinct cities: the promised route."""
    if start == end:
        return []
    middle = draw(st.lists(st.integers(1, n).filter(lambda x: x not in (start, end)), unique=True, max_size=3))
    stops = [start] + middle + [end]
    return [(stops[i], stops[i + 1], draw(fares)) for i in range(len(stops) - 1)]


@st.composite
def _network(draw, n_max, fares, extra):
    n = draw(st.integers(2, n_max))
    start, end = draw(st.integers(1, n)), draw(st.integers(1, n))
    buses = draw(_route(n, start, end, fares)) + draw(st.lists(_bus(n, fares), max_size=extra))
    if not buses:
        buses = [draw(_bus(n, fares))]
    return text(n, draw(st.permutations(buses)), start, end)


def strategy_small():
    """2 to 7 cities, up to 14 extra buses with fares 0..20: detours that beat direct buses."""
    return _network(7, st.integers(0, 20), 14)


def strategy_free_buses():
    """Fares of 0, 1 and 5 only: many cities reached for nothing."""
    return _network(6, st.sampled_from((0, 0, 1, 5)), 10)


@st.composite
def strategy_parallel(draw):
    """Two buses between the same cities, the dearer one often listed last, on the only way to T."""
    n = draw(st.integers(2, 6))
    a, b, _ = draw(_bus(n, st.just(0)))
    cheap, dear = draw(st.integers(0, 5)), draw(st.integers(6, 50))
    buses = draw(st.lists(_bus(n, st.integers(0, 50)), max_size=6)) + [(a, b, cheap), (a, b, dear)]
    return text(n, draw(st.permutations(buses)), a, b)


@st.composite
def strategy_one_way(draw):
    """A dear route forward from S to T, and cheap buses pointing back from T toward S."""
    n = draw(st.integers(2, 7))
    order = draw(st.permutations(range(1, n + 1)))
    length = draw(st.integers(2, n))
    path = order[:length]
    buses = [(path[i], path[i + 1], draw(st.integers(10, 50))) for i in range(length - 1)]
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, length - 2))
        j = draw(st.integers(i + 1, length - 1))
        buses.append((path[j], path[i], draw(st.integers(0, 3))))
    return text(n, draw(st.permutations(buses)), path[0], path[-1])


@st.composite
def strategy_dear_chain(draw):
    """Fares near the 99,999 bound along a chain: the total passes 100,000 after two buses."""
    n = draw(st.integers(2, 7))
    order = draw(st.permutations(range(1, n + 1)))
    fares = st.integers(FARE - 30_000, FARE)
    buses = [(order[i], order[i + 1], draw(fares)) for i in range(n - 1)]
    buses += draw(st.lists(_bus(n, fares), max_size=4))
    return text(n, draw(st.permutations(buses)), order[0], order[-1])


def bus_count(n):
    """The number of buses at size n: 100,000 at n = 1,000."""
    return min(100_000, 100 * n)


def worst_chain(n, rng):
    """A chain 1 -> 2 -> ... -> n of fare 1, listed backwards, plus buses that never shortcut it.

    The cheapest route to n follows the whole chain, n - 1 buses: Bellman-Ford
    needs n - 1 rounds over all the buses.
    """
    buses = [(a, a + 1, 1) for a in range(n - 1, 0, -1)]
    while len(buses) < bus_count(n):
        a = rng.randint(1, n)
        b = rng.randint(1, n)
        if b != a:
            buses.append((a, b, rng.randint(max(0, b - a), FARE)))  # a hop forward of h costs at least h
    return text(n, buses, 1, n)


def worst_random(n, rng):
    """Random buses and fares between a random S and T, joined by a random route."""
    buses = []
    start, end = rng.sample(range(1, n + 1), 2) if n > 1 else (1, 1)
    stops = [start] + rng.sample([x for x in range(1, n + 1) if x not in (start, end)], min(5, n - 2)) + [end]
    buses = [(stops[i], stops[i + 1], rng.randint(0, FARE)) for i in range(len(stops) - 1)]
    while len(buses) < bus_count(n):
        a, b = rng.randint(1, n), rng.randint(1, n)
        if a != b:
            buses.append((a, b, rng.randint(0, FARE)))
    rng.shuffle(buses)
    return text(n, buses, start, end)


def worst_stale(n, rng):
    """A hub improved again and again before it is settled, with most of the buses leaving it.

    Cities 1..k form a chain of fare 1; city i also reaches the hub (city n) for
    2k - 2i, so each city of the chain finds the hub cheaper than the last: k heap
    entries for the hub, k - 1 of them stale. The hub's buses fill the rest of M, and
    T is reached from the hub only at the top fare, so T is popped after all of them.
    A Dijkstra that does not skip stale entries scans the hub's buses k times.
    """
    hub, end = n, n - 1
    k = max(1, min(n - 2, 400))
    buses = [(i, i + 1, 1) for i in range(1, k)]
    buses += [(i, hub, 2 * k - 2 * i) for i in range(1, k + 1)]
    buses.append((hub, end, FARE))
    while len(buses) < bus_count(n):
        b = rng.randint(1, n - 1)
        buses.append((hub, b, FARE))
    return text(n, buses, 1, end)

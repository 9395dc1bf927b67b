"""Input generators for 섬 연결하기 beyond what the constraints alone give.

The mistakes members make here:

- a visited set instead of union-find: a bridge is taken only if one of its
  islands is new, so two groups built apart are never joined, or joining
  them is refused;
- union-find that compares parent[a] with parent[b] (no find to the root), or
  relinks a non-root, so a bridge closing a cycle looks useful;
- costs.sort() with no key, which sorts by the first island, not by the cost;
- a route instead of a tree: always extending from the island added last,
  as if the bridges had to form a path.

Every input is connected (the statement promises it). Uniform random graphs
seldom form two cheap groups joined only by a dear bridge, where the visited
set fails, or the long chains where a shallow union-find fails, so the
strategies build those, with island numbers shuffled and bridges written either
way round.
"""

from hypothesis import strategies as st


def bridge(a, b, cost, flip):
    """[a, b, cost] or [b, a, cost]: the statement allows either order."""
    return [b, a, cost] if flip else [a, b, cost]


@st.composite
def _graph(draw, n, pairs, costs):
    """Connected graph on n islands: a random tree plus extra pairs, relabelled and shuffled."""
    labels = draw(st.permutations(range(n)))
    edges = {}
    for i in range(1, n):
        edges[frozenset((i, draw(st.integers(0, i - 1))))] = None
    for a, b in pairs:
        edges.setdefault(frozenset((a, b)), None)
    costs_list = []
    for pair in edges:
        a, b = sorted(pair)
        costs_list.append(bridge(labels[a], labels[b], draw(costs), draw(st.booleans())))
    return {"n": n, "costs": draw(st.permutations(costs_list))}


@st.composite
def strategy_random_graph(draw):
    """2..6 islands, a spanning tree plus random extra bridges, costs 1..5 (many ties)."""
    n = draw(st.integers(1, 6))
    pairs = []
    for _ in range(draw(st.integers(0, 8)) if n > 1 else 0):
        a, b = draw(st.integers(0, n - 1)), draw(st.integers(0, n - 2))
        pairs.append((a, b + (b >= a)))  # b skips a: never a bridge from an island to itself
    return draw(_graph(n, pairs, st.integers(1, 5)))


@st.composite
def strategy_two_groups(draw):
    """Two cheap groups of islands, joined only by dear bridges: each group is built before the join."""
    left = draw(st.integers(2, 3))
    right = draw(st.integers(2, 3))
    n = left + right
    labels = draw(st.permutations(range(n)))
    costs = []
    for lo, hi in ((0, left), (left, n)):
        for a in range(lo, hi):
            for b in range(a + 1, hi):
                if b == a + 1 or draw(st.booleans()):
                    costs.append(bridge(labels[a], labels[b], draw(st.integers(1, 3)), draw(st.booleans())))
    for _ in range(draw(st.integers(1, 2))):
        a, b = draw(st.integers(0, left - 1)), draw(st.integers(left, n - 1))
        if all({labels[a], labels[b]} != {x, y} for x, y, _ in costs):
            costs.append(bridge(labels[a], labels[b], draw(st.integers(4, 9)), draw(st.booleans())))
    return {"n": n, "costs": draw(st.permutations(costs))}


@st.composite
def strategy_chain(draw):
    """A path of cheap bridges plus dear shortcuts that close cycles along it."""
    n = draw(st.integers(3, 6))
    shortcuts = [(a, b) for a in range(n) for b in range(a + 2, n)]
    pairs = draw(st.lists(st.sampled_from(shortcuts), max_size=3, unique=True))
    labels = draw(st.permutations(range(n)))
    costs = [bridge(labels[i], labels[i + 1], draw(st.integers(1, 4)), draw(st.booleans())) for i in range(n - 1)]
    costs += [bridge(labels[a], labels[b], draw(st.integers(2, 9)), draw(st.booleans())) for a, b in pairs]
    return {"n": n, "costs": draw(st.permutations(costs))}


def worst_complete(n, rng):
    """Every pair of islands has a bridge: the most bridges, n(n-1)/2."""
    costs = [[a, b, rng.randint(1, 100_000)] for a in range(n) for b in range(a + 1, n)]
    rng.shuffle(costs)
    return {"n": n, "costs": costs}


def worst_complete_ties(n, rng):
    """Every pair bridged at one of three costs: ties everywhere, many cycles to refuse."""
    costs = [[b, a, rng.randint(1, 3)] for a in range(n) for b in range(a + 1, n)]
    rng.shuffle(costs)
    return {"n": n, "costs": costs}


def worst_long_chain(n, rng):
    """A path of cheap bridges in a shuffled order, plus dear ones: deep union-find trees."""
    order = list(range(n))
    rng.shuffle(order)
    costs = [[order[i], order[i + 1], 1] for i in range(n - 1)]
    costs += [[order[i], order[j], 100_000] for i in range(n) for j in range(i + 2, n) if rng.random() < 0.5]
    rng.shuffle(costs)
    return {"n": n, "costs": costs}

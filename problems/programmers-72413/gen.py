"""Input generators for 합승 택시 요금.

The mistakes members make here:

- sharing forced: trying only split points other than s, so riding apart from
  the start (no sharing at all) is never considered;
- never sharing all the way: trying only split points other than a and b, so
  riding together to one person's home, the other going on alone, is missed;
- sharing only until someone gets out: trying just s, a and b as split points,
  when the best place to part may be any node on the way;
- INF too small: "no road" set just above the largest fare (100,001), so any
  route longer than one ride that costs more is cut down to INF;
- Floyd-Warshall with the via-node loop innermost (for i, for j, for k): one
  pass then misses routes whose pieces are not yet shortest;
- one-way roads: storing each fare in one direction only, though taxis drive
  both ways at the same price.

Uniform random graphs are dense and cheap, where the best split is usually
some middle node and every route is one or two rides. These strategies shuffle
node numbers on long paths, put s, a and b in a line or on opposite sides,
use fares near 100,000, and leave some nodes unreachable.
"""

from hypothesis import strategies as st


def _labels(draw, n):
    """A random renaming of nodes 1..n."""
    return [0] + list(draw(st.permutations(range(1, n + 1))))


def _add(fares, seen, c, d, f):
    if c != d and frozenset((c, d)) not in seen:
        seen.add(frozenset((c, d)))
        fares.append([c, d, f])


@st.composite
def _random_graph(draw, max_n, fare):
    """A random tree over the first k nodes (s, a, b among them), extra roads, maybe unreachable nodes."""
    n = draw(st.integers(3, max_n))
    label = _labels(draw, n)
    k = draw(st.integers(3, n))  # nodes 1..k (before renaming) are connected; the rest may not be
    fares, seen = [], set()
    for v in range(2, k + 1):
        _add(fares, seen, label[draw(st.integers(1, v - 1))], label[v], draw(fare))
    for _ in range(draw(st.integers(0, n))):
        c, d = draw(st.integers(1, n)), draw(st.integers(1, n))
        if (c <= k) == (d <= k):
            _add(fares, seen, label[c], label[d], draw(fare))
    s, a, b = (label[i] for i in draw(st.permutations(range(1, k + 1)))[:3])
    return {"n": n, "s": s, "a": a, "b": b, "fares": fares}


def strategy_small_fares():
    """Up to 7 nodes, fares 1 to 9: many equal routes and ties between split points."""
    return _random_graph(7, st.integers(1, 9))


def strategy_large_fares():
    """Up to 7 nodes, fares near 100,000: routes of two rides or more cost over 100,001."""
    return _random_graph(7, st.integers(60_000, 100_000))


@st.composite
def strategy_path(draw):
    """A line of up to 8 shuffled nodes: s between a and b (no sharing) or before both (share to the nearer home)."""
    n = draw(st.integers(3, 8))
    label = _labels(draw, n)
    fare = st.integers(1, 100_000) if draw(st.booleans()) else st.integers(1, 5)
    fares, seen = [], set()
    for v in range(1, n):
        _add(fares, seen, label[v], label[v + 1], draw(fare))
    if draw(st.booleans()):
        c, d = draw(st.integers(1, n)), draw(st.integers(1, n))
        _add(fares, seen, label[c], label[d], draw(st.integers(1, 100_000)))
    s, a, b = (label[i] for i in draw(st.permutations(range(1, n + 1)))[:3])
    return {"n": n, "s": s, "a": a, "b": b, "fares": fares}


@st.composite
def strategy_fork(draw):
    """A Y-shaped map: share the trunk, split at the fork (a plain node), unless a direct road is cheaper."""
    trunk, left, right = draw(st.integers(1, 3)), draw(st.integers(1, 3)), draw(st.integers(1, 3))
    n = 1 + trunk + left + right
    label = _labels(draw, n)
    fare = st.integers(1, 20)
    fares, seen = [], set()
    chain = list(range(1, trunk + 2))  # s = 1 ... fork = trunk + 1
    for u, v in zip(chain, chain[1:]):
        _add(fares, seen, label[u], label[v], draw(fare))
    fork, nodes = trunk + 1, trunk + 2
    ends = []
    for length in (left, right):
        prev = fork
        for v in range(nodes, nodes + length):
            _add(fares, seen, label[prev], label[v], draw(fare))
            prev = v
        ends.append(prev)
        nodes += length
    if draw(st.booleans()):  # a direct road from s to one home, sometimes cheaper than sharing
        _add(fares, seen, label[1], label[ends[0]], draw(st.integers(1, 60)))
    return {"n": n, "s": label[1], "a": label[ends[0]], "b": label[ends[1]], "fares": fares}


def _shuffled(n, rng):
    label = list(range(1, n + 1))
    rng.shuffle(label)
    return [0] + label


def worst_complete(n, rng):
    """Every pair of nodes joined (n(n-1)/2 roads) with random fares: the most roads to relax."""
    fares = [[c, d, rng.randint(1, 100_000)] for c in range(1, n + 1) for d in range(c + 1, n + 1)]
    s, a, b = rng.sample(range(1, n + 1), 3)
    return {"n": n, "s": s, "a": a, "b": b, "fares": fares}


def worst_cheap_path(n, rng):
    """Every pair joined, but cheap roads only along one long path: shortest routes run through all n nodes."""
    label = _shuffled(n, rng)
    fares = []
    for c in range(1, n + 1):
        for d in range(c + 1, n + 1):
            fare = rng.randint(1, 3) if d == c + 1 else rng.randint(90_000, 100_000)
            fares.append([label[c], label[d], fare])
    return {"n": n, "s": label[1], "a": label[n], "b": label[n // 2 + 1], "fares": fares}

"""Input generators for 가장 먼 노드 beyond what the constraints alone give.

The mistakes members make here:

- depth-first search: recording the depth at which a node is first reached,
  which is the length of *a* path, not the shortest, once the graph has cycles;
- 0-based nodes: shifting the edges to 0..n-1 but still starting the search at
  1, which is node 2;
- distance 0 doubling as "not visited": node 1 starts at distance 0, so a
  neighbour visits it again and gives it distance 2;
- one-way edges: storing a -> b only, though every edge works both ways.

Too slow rather than wrong, so left to the max-size runs (see adjacency_matrix.py):
an adjacency matrix, 20,001 x 20,001 cells at the maximum, and a list searched
with `in` for the visited check. Marking a node visited when it is popped rather
than when it is queued is slower but still right: not a mistake.

Uniform random edges are almost never connected. The strategies build connected
graphs from a random tree plus extra edges, with the labels shuffled (node 1 is
often a leaf, and edges are written either way round), rings and rings with
chords (where a depth-first search goes the long way round), and graphs where
node 1 is a hub (every node within two edges).
"""

from hypothesis import strategies as st

MAX_EDGES = 50_000


def relabel(n, pairs, labels, flips):
    """Edges [a, b] of ``pairs`` on nodes 0..n-1 renamed by ``labels``, some written b-first."""
    edges = []
    for (a, b), flip in zip(pairs, flips):
        a, b = labels[a], labels[b]
        edges.append([b, a] if flip else [a, b])
    return edges


@st.composite
def _graph(draw, n, pairs, root_fixed=False):
    """Relabel and shuffle a connected graph on 0..n-1; with ``root_fixed`` node 0 becomes node 1."""
    pairs = list(dict.fromkeys(tuple(sorted(p)) for p in pairs))
    if root_fixed:
        labels = [1] + draw(st.permutations(range(2, n + 1)))
    else:
        labels = draw(st.permutations(range(1, n + 1)))
    flips = draw(st.lists(st.booleans(), min_size=len(pairs), max_size=len(pairs)))
    return {"n": n, "edge": draw(st.permutations(relabel(n, pairs, labels, flips)))}


@st.composite
def _extra(draw, n, count):
    """Up to ``count`` random pairs of distinct nodes (duplicates are dropped later)."""
    pairs = []
    for _ in range(count):
        a, b = draw(st.integers(0, n - 1)), draw(st.integers(0, n - 2))
        pairs.append((a, b + (b >= a)))
    return pairs


@st.composite
def strategy_random_graph(draw):
    """2..12 nodes: a random tree plus a few extra edges, labels shuffled."""
    n = draw(st.integers(2, 12))
    tree = [(i, draw(st.integers(0, i - 1))) for i in range(1, n)]
    return draw(_graph(n, tree + draw(_extra(n, draw(st.integers(0, n))))))


@st.composite
def strategy_ring(draw):
    """A ring of 3..12 nodes, sometimes with chords or a tail: the long way round is a path too."""
    n = draw(st.integers(3, 12))
    k = draw(st.integers(3, n))
    pairs = [(i, (i + 1) % k) for i in range(k)]
    pairs += [(i, draw(st.integers(0, i - 1))) for i in range(k, n)]
    pairs += draw(_extra(n, draw(st.integers(0, 2))))
    return draw(_graph(n, pairs, root_fixed=draw(st.booleans())))


@st.composite
def strategy_hub(draw):
    """Node 1 joined to most nodes, the rest one edge further: the farthest are at distance 1 or 2."""
    n = draw(st.integers(2, 10))
    near = draw(st.integers(1, n - 1))
    pairs = [(0, i) for i in range(1, near + 1)]
    pairs += [(i, draw(st.integers(1, near))) for i in range(near + 1, n)]
    pairs += draw(_extra(n, draw(st.integers(0, 3))))
    return draw(_graph(n, pairs, root_fixed=True))


def _shuffled(n, pairs, rng):
    """Node 0 becomes node 1, the rest are shuffled; edges in random order and orientation."""
    labels = list(range(2, n + 1))
    rng.shuffle(labels)
    labels = [1] + labels
    pairs = pairs[:MAX_EDGES]
    edges = relabel(n, pairs, labels, [rng.random() < 0.5 for _ in pairs])
    rng.shuffle(edges)
    return {"n": n, "edge": edges}


def _fill(n, pairs, rng, allowed):
    """Add distinct pairs drawn by ``allowed(rng)`` until there are 50,000 edges or tries run out."""
    have = {tuple(sorted(p)) for p in pairs}
    pairs = list(have)
    for _ in range(2 * MAX_EDGES):
        if len(pairs) >= min(MAX_EDGES, n * (n - 1) // 2):
            break
        pair = allowed(rng)
        key = tuple(sorted(pair))
        if pair[0] != pair[1] and key not in have:
            have.add(key)
            pairs.append(key)
    return pairs


def worst_layered(n, rng):
    """Levels of two nodes, each joined to both of the next: 10,000 levels deep, 50,000 edges."""
    level = [0] + [(i + 1) // 2 for i in range(1, n)]  # node i sits on level level[i]
    pairs = [(i, j) for i in range(1, n) for j in (i - 1, i - 2, i - 3) if j >= 0 and level[j] == level[i] - 1]
    pairs += [(i, i + 1) for i in range(1, n - 1) if level[i] == level[i + 1]]
    return _shuffled(n, pairs, rng)


def worst_random(n, rng):
    """A random tree plus random edges up to 50,000: shallow, many nodes per level."""
    tree = [(i, rng.randrange(i)) for i in range(1, n)]
    return _shuffled(n, _fill(n, tree, rng, lambda r: (r.randrange(n), r.randrange(n))), rng)


def worst_two_hubs(n, rng):
    """Node 1 joined to two hubs, every other node to both: all but three nodes are the farthest."""
    if n < 4:
        return _shuffled(n, [(i, i + 1) for i in range(n - 1)], rng)
    pairs = [(0, 1), (0, 2)] + [(i, h) for i in range(3, n) for h in (1, 2)]
    return _shuffled(n, _fill(n, pairs, rng, lambda r: (r.randrange(3, n), r.randrange(3, n))), rng)

"""Graphs for 최단경로, written as Baekjoon's input text: "V E", then K, then one "u v w" line per edge.

Edges are directed, u != v, 1 <= w <= 10, and the same pair may be joined more
than once. At size V the worst cases hold E = min(300,000, 15 V) edges, so the
maximum is V = 20,000 and E = 300,000. The mistakes members make, and the
graphs that show them:

- adding each edge in both directions, as if the graph were undirected
  (``strategy_one_way``);
- an adjacency matrix or dict where a later edge between the same two
  vertices overwrites a lighter one (``strategy_parallel``);
- marking a vertex done when it is pushed, not when it is popped, so a
  shorter path found later is ignored (``strategy_small``);
- a plain BFS that keeps the first distance found, ignoring the weights
  (``strategy_small``);
- printing an unreachable vertex's distance as Python writes infinity, "inf",
  instead of "INF" (``strategy_one_way``).
"""

from hypothesis import strategies as st


def text(v, k, edges):
    """The input text: "V E", then K, then each edge as "u v w"."""
    return f"{v} {len(edges)}\n{k}\n" + "".join(f"{a} {b} {w}\n" for a, b, w in edges)


@st.composite
def _edge(draw, v):
    a = draw(st.integers(1, v))
    b = draw(st.integers(1, v - 1))
    return a, b + (b >= a), draw(st.integers(1, 10))  # b skips a: never a loop


@st.composite
def strategy_small(draw):
    """2 to 8 vertices, up to 20 edges with weights 1..10: detours that beat direct edges."""
    v = draw(st.integers(2, 8))
    edges = draw(st.lists(_edge(v), min_size=1, max_size=20))
    return text(v, draw(st.integers(1, v)), edges)


@st.composite
def strategy_one_way(draw):
    """Light edges pointing back toward K, and vertices no edge reaches: INF lines."""
    v = draw(st.integers(3, 8))
    k = draw(st.integers(1, v))
    # A chain leading away from K, and edges that point back toward K only.
    order = [k] + draw(st.permutations([x for x in range(1, v + 1) if x != k]))
    cut = draw(st.integers(1, v - 1))  # vertices past the cut are reached from nowhere
    edges = [(order[i], order[i + 1], draw(st.integers(1, 10))) for i in range(cut - 1)]
    for _ in range(draw(st.integers(1, 6))):
        i = draw(st.integers(0, v - 2))
        j = draw(st.integers(i + 1, v - 1))
        edges.append((order[j], order[i], draw(st.integers(1, 3))))
    return text(v, k, draw(st.permutations(edges)))


@st.composite
def strategy_parallel(draw):
    """Two edges between the same vertices, the heavier often listed last."""
    v = draw(st.integers(2, 6))
    a, b, _ = draw(_edge(v))
    light, heavy = draw(st.integers(1, 5)), draw(st.integers(6, 10))
    edges = draw(st.lists(_edge(v), max_size=6)) + [(a, b, light), (a, b, heavy)]
    return text(v, a, draw(st.permutations(edges)))


def edge_count(n):
    """The number of edges at size n: 300,000 at n = 20,000."""
    return min(300_000, 15 * n)


def worst_chain(n, rng):
    """A path 1 -> 2 -> ... -> n of weight 1, edges listed backwards, plus hops that never shortcut it.

    Every shortest path follows the chain, n - 1 edges long: Bellman-Ford needs
    n - 1 rounds over all the edges.
    """
    edges = [(a, a + 1, 1) for a in range(n - 1, 0, -1)]
    while len(edges) < edge_count(n):
        a = rng.randint(1, n)
        hop = rng.randint(-10, 10)
        b = min(max(a + hop, 1), n)
        if b != a:
            edges.append((a, b, rng.randint(max(1, abs(b - a)), 10)))  # a hop of h costs at least h
    return text(n, 1, edges)


def worst_random(n, rng):
    """Random edges and weights from a random K: many shorter paths found late, many stale heap entries."""
    edges = []
    for _ in range(edge_count(n)):
        a = rng.randint(1, n)
        b = rng.randint(1, n - 1)
        edges.append((a, b + (b >= a), rng.randint(1, 10)))
    return text(n, rng.randint(1, n), edges)


def worst_half_unreachable(n, rng):
    """K reaches only the lower half, through many parallel edges: the other half prints INF."""
    half = max(1, n // 2)
    edges = []
    while len(edges) < edge_count(n):
        a = rng.randint(1, n)
        b = rng.randint(1, half if a <= half else n)  # the lower half never leads upward
        if b != a:
            edges.append((a, b, rng.randint(1, 10)))
    return text(n, 1, edges)

"""Connected weighted graphs for 최소 스패닝 트리, written as Baekjoon's input text: "V E", then "A B C" per edge.

Edges are undirected, weights may be negative (|C| <= 1,000,000), the graph is
connected, and the same two vertices may be joined more than once. Every graph
here is a random spanning tree plus extra edges, shuffled. At size V the worst
cases hold E = min(100,000, 10 V) edges, so the maximum is V = 10,000 and
E = 100,000. The mistakes members make, and the graphs that show them:

- Prim written like Dijkstra, keyed by the path length from the start instead of
  the joining edge's weight (``strategy_small``);
- Prim that puts a vertex in the tree when an edge to it is pushed, not when
  its lightest edge is popped (``strategy_small``);
- taking every negative edge up front, although negative edges can close a
  cycle (``strategy_negative_cycles``);
- marking "no edge known yet" with -1 (or 0), a weight the input really uses
  (``strategy_tiny_weights``);
- sorting the weights as text, "-1" before "-5" and "10" before "9"
  (``strategy_text_order``).

Right but too slow, or crashing, at the maximum: a recursive find without path
compression on the long chain of ``worst_chain`` (deep recursion), and Prim that
scans all V vertices for the next one (V^2 = 10^8 steps).
"""

from hypothesis import strategies as st

WEIGHT = 1_000_000


def text(v, edges):
    """The input text: "V E", then each edge as "A B C"."""
    return f"{v} {len(edges)}\n" + "".join(f"{a} {b} {c}\n" for a, b, c in edges)


@st.composite
def _graph(draw, v_max, weights, extra):
    """A random spanning tree on 2..v_max vertices plus up to ``extra`` more edges, shuffled."""
    v = draw(st.integers(2, v_max))
    order = draw(st.permutations(range(1, v + 1)))
    edges = []
    for i in range(1, v):
        a, b = order[i], order[draw(st.integers(0, i - 1))]
        edges.append((a, b) if draw(st.booleans()) else (b, a))
    for _ in range(draw(st.integers(0, extra))):
        a, b = draw(st.integers(1, v)), draw(st.integers(1, v))
        edges.append((a, b))
    edges = [(a, b, draw(weights)) for a, b in edges]
    return text(v, draw(st.permutations(edges)))


def strategy_small():
    """2 to 6 vertices, up to 6 extra edges with weights -5..5: loops, parallel edges, ties."""
    return _graph(6, st.integers(-5, 5), 6)


def strategy_tiny_weights():
    """Weights -2, -1 and 0 mostly: the values a sentinel might take."""
    return _graph(6, st.sampled_from((-2, -1, -1, 0, 0, 1)), 5)


@st.composite
def strategy_negative_cycles(draw):
    """A triangle or square of negative edges among other edges: not all of them can be kept."""
    v = draw(st.integers(3, 6))
    ring = draw(st.permutations(range(1, v + 1)))[:draw(st.integers(3, min(4, v)))]
    edges = [(ring[i], ring[(i + 1) % len(ring)], draw(st.integers(-9, -1))) for i in range(len(ring))]
    rest = [x for x in range(1, v + 1) if x not in ring]
    for x in rest:  # join the other vertices to the ring
        edges.append((x, draw(st.sampled_from(ring)), draw(st.integers(-3, 9))))
    return text(v, draw(st.permutations(edges)))


def strategy_text_order():
    """Weights of different lengths and signs, -100..100: text order differs from numeric order."""
    return _graph(6, st.sampled_from((-100, -50, -9, -5, -1, 1, 5, 9, 10, 50, 100)), 5)


def edge_count(n):
    """The number of edges at size n: 100,000 at n = 10,000."""
    return min(100_000, 10 * n)


def _spanning_tree_and_more(n, rng, weight):
    edges = [(x, rng.randint(1, x - 1), weight()) for x in range(2, n + 1)]
    while len(edges) < edge_count(n):
        edges.append((rng.randint(1, n), rng.randint(1, n), weight()))
    rng.shuffle(edges)
    return edges


def worst_random(n, rng):
    """A random tree plus random edges, weights over the whole range -10^6..10^6."""
    return text(n, _spanning_tree_and_more(n, rng, lambda: rng.randint(-WEIGHT, WEIGHT)))


def worst_all_negative(n, rng):
    """Every weight negative: the tree's total is far below 0 (about -10^6 per edge)."""
    return text(n, _spanning_tree_and_more(n, rng, lambda: rng.randint(-WEIGHT, -WEIGHT // 2)))


def worst_chain(n, rng):
    """A path 1 - 2 - ... - n of light edges, listed so that naive unions build one long chain, plus heavy edges.

    The path edges come first in weight order, each joining vertex i + 1 to the tree
    holding 1..i: a union that hangs the old root under the new vertex makes a chain
    n long, and a recursive find without path compression recurses n deep.
    """
    edges = [(i, i + 1, -WEIGHT + i) for i in range(1, n)]
    while len(edges) < edge_count(n):
        edges.append((rng.randint(1, n), rng.randint(1, n), rng.randint(0, WEIGHT)))
    return text(n, edges)

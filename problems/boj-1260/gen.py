"""Graphs for DFS와 BFS, written as Baekjoon's input text: "N M V", then one "a b" line per edge.

Edges are undirected, join two different vertices, and the same pair may be
joined more than once. At size N the worst cases hold M = 10,000 edges. The
mistakes members make, and the graphs that show them:

- visiting neighbours in the order the edges were given instead of smallest
  number first, because the adjacency lists were never sorted: edges listed
  from the largest neighbour down (``strategy_listed_backwards``);
- one ``visited`` list for both searches, not reset between them, so the BFS
  line holds only V (any graph where V has an edge);
- a stack-based DFS that marks a vertex when it is pushed rather than when it
  is visited: it prints an order no depth-first walk takes (``strategy_small``);
- a recursive DFS that never raises Python's recursion limit (1,000 frames):
  a RecursionError on a path about 1,000 vertices deep (``strategy_long_path``).
"""

import random

from hypothesis import strategies as st


def text(n, v, edges):
    """The input text: "N M V", then each edge as "a b"."""
    return f"{n} {len(edges)} {v}\n" + "".join(f"{a} {b}\n" for a, b in edges)


@st.composite
def _edges(draw, n, low, high):
    """Between low and high edges on vertices 1..n, ends different, repeats allowed."""
    pair = st.tuples(st.integers(1, n), st.integers(1, n)).filter(lambda p: p[0] != p[1])
    return draw(st.lists(pair, min_size=low, max_size=high))


@st.composite
def strategy_small(draw):
    """Up to 8 vertices and 14 edges in any order: repeats, isolated vertices, V anywhere."""
    n = draw(st.integers(2, 8))
    edges = draw(_edges(n, 1, 14))
    return text(n, draw(st.integers(1, n)), edges)


@st.composite
def strategy_listed_backwards(draw):
    """Each edge written from its larger end, the largest first: input order is the reverse of the visiting order."""
    n = draw(st.integers(3, 8))
    edges = draw(_edges(n, 2, 14))
    edges = sorted(((max(a, b), min(a, b)) for a, b in edges), reverse=True)
    v = draw(st.sampled_from([a for edge in edges for a in edge]))  # V has an edge
    return text(n, v, edges)


@st.composite
def strategy_long_path(draw):
    """A path through all 1,000 vertices from V, plus a few chords: a depth-first walk goes 1,000 deep."""
    n = 1000
    order = list(range(1, n + 1))
    if draw(st.booleans()):
        order.reverse()  # from vertex N down to 1: the smallest neighbour is the next one down
    edges = list(zip(order, order[1:]))
    chords = draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=5))
    edges += [(order[i], order[j]) for i, j in chords if abs(i - j) > 1]
    random.Random(draw(st.integers(0, 2**16))).shuffle(edges)  # a cheap shuffle: drawing 1,000 places is slow
    return text(n, order[0], edges)


def worst_random(n, rng):
    """10,000 random edges on n vertices: both searches reach nearly everything."""
    edges = []
    while len(edges) < 10_000:
        a, b = rng.randint(1, n), rng.randint(1, n)
        if a != b:
            edges.append((a, b))
    return text(n, rng.randint(1, n), edges)


def worst_deep(n, rng):
    """A path 1, 2, ..., n from V = 1 (a depth-first walk n deep) plus random chords up to 10,000 edges."""
    edges = [(i, i + 1) for i in range(1, n)]
    while len(edges) < 10_000:
        a, b = rng.randint(1, n), rng.randint(1, n)
        if a != b:
            edges.append((a, b))
    rng.shuffle(edges)
    return text(n, 1, edges)

"""Inputs for Course Schedule aimed at the mistakes members make.

- a course reached twice taken for a cycle: a depth-first search with one
  "visited" mark (no "on the current path" state) rejects a diamond, where two
  prerequisites share a prerequisite of their own;
- prerequisites taken as undirected links: union-find (or an undirected search)
  sees a cycle in the same diamond, though the arrows never come back;
- only mutual pairs checked ([a, b] together with [b, a]): a cycle of three or
  more courses goes unseen;
- a search started from course 0 alone: a cycle among courses that course 0
  never reaches goes unseen.

Uniform pairs on a few courses are mostly cyclic. The strategies build DAGs
over shuffled labels (diamonds included), then sometimes close one long cycle
with a single back edge, and place cycles away from course 0.
"""

from hypothesis import strategies as st


def pairs(edges):
    """[a, b] pairs ("to take a, first take b") as the method takes them, each once."""
    return [[a, b] for a, b in dict.fromkeys(edges)]


@st.composite
def _dag(draw, low=1, high=8):
    """A random DAG over shuffled labels: (n, edges a -> b where b comes earlier in a hidden order)."""
    n = draw(st.integers(low, high))
    order = draw(st.permutations(range(n)))
    possible = [(order[j], order[i]) for i in range(n) for j in range(i + 1, n)]
    chosen = draw(st.lists(st.sampled_from(possible), max_size=12)) if possible else []
    return n, order, chosen


@st.composite
def strategy_dag(draw):
    """No cycle at all: the answer is true, however many paths meet."""
    n, _, edges = draw(_dag())
    return {"numCourses": n, "prerequisites": pairs(edges)}


@st.composite
def strategy_diamond(draw):
    """A diamond (d needs b and c, both need a), and other courses around it: true."""
    n = draw(st.integers(4, 8))
    a, b, c, d = draw(st.permutations(range(n)))[:4]
    edges = [(d, b), (d, c), (b, a), (c, a)]
    if draw(st.booleans()):
        edges.append((d, a))
    return {"numCourses": n, "prerequisites": pairs(draw(st.permutations(edges)))}


@st.composite
def strategy_long_cycle(draw):
    """A DAG plus one back edge from the start of a chain of three or more to its end: false."""
    n = draw(st.integers(3, 8))
    order = draw(st.permutations(range(n)))
    length = draw(st.integers(3, n))
    chain = [(order[i + 1], order[i]) for i in range(length - 1)]
    extra = draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1))
                          .filter(lambda e: e[0] != e[1]), max_size=3))
    extra = [(a, b) for a, b in extra if order.index(a) > order.index(b)]  # forward only: no other cycle
    back = (order[0], order[length - 1])
    return {"numCourses": n, "prerequisites": pairs(draw(st.permutations(chain + extra + [back])))}


@st.composite
def strategy_cycle_away_from_zero(draw):
    """Course 0 stands alone or leads nowhere; a cycle sits among the other courses: false."""
    n = draw(st.integers(3, 8))
    labels = draw(st.permutations(range(1, n)))
    length = draw(st.integers(2, n - 1))
    cycle = [(labels[i], labels[(i + 1) % length]) for i in range(length)]
    if draw(st.booleans()):
        cycle.append((labels[0], 0))  # a course on the cycle needs course 0: 0 itself has no prerequisites
    return {"numCourses": n, "prerequisites": pairs(draw(st.permutations(cycle)))}


@st.composite
def strategy_random(draw):
    """Any unique pairs on up to 7 courses, self-pairs included."""
    n = draw(st.integers(1, 7))
    edges = draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=10))
    return {"numCourses": n, "prerequisites": pairs(edges)}


MAX_PAIRS = 5_000


def _forward_edges(n, count, rng, order):
    """Up to ``count`` distinct pairs that all point back along ``order``: a DAG."""
    count = min(count, n * (n - 1) // 2)
    chosen = set()
    while len(chosen) < count:
        i, j = rng.randrange(n), rng.randrange(n)
        if i != j:
            i, j = max(i, j), min(i, j)
            chosen.add((order[i], order[j]))
    return list(chosen)


def worst_long_chain(n, rng):
    """One chain through every course (a search n deep), plus forward pairs up to 5,000: true."""
    order = list(range(n))
    rng.shuffle(order)
    chain = [(order[i + 1], order[i]) for i in range(n - 1)]
    edges = list(dict.fromkeys(chain + _forward_edges(n, MAX_PAIRS - len(chain), rng, order)))[:MAX_PAIRS]
    rng.shuffle(edges)
    return {"numCourses": n, "prerequisites": pairs(edges)}


def worst_cycle_at_the_end(n, rng):
    """The chain closed into one cycle through every course by a single back edge: false, found late."""
    order = list(range(n))
    rng.shuffle(order)
    chain = [(order[i + 1], order[i]) for i in range(n - 1)]
    back = [(order[0], order[n - 1])] if n > 1 else [(order[0], order[0])]
    edges = list(dict.fromkeys(chain + _forward_edges(n, MAX_PAIRS - len(chain) - 1, rng, order)))
    edges = edges[:MAX_PAIRS - 1] + back
    return {"numCourses": n, "prerequisites": pairs(edges)}


def worst_layers(n, rng):
    """Layers of courses, each needing every course of the layer below: many paths, so a search
    that does not remember finished courses explodes; true."""
    width = max(1, min(5, n // 2))
    edges = []
    for c in range(width, n):
        layer = c // width
        for b in range((layer - 1) * width, layer * width):
            if len(edges) < MAX_PAIRS:
                edges.append((c, b))
    return {"numCourses": n, "prerequisites": pairs(edges)}


def worst_no_pairs(n, rng):
    """No prerequisites at all: every course is free."""
    return {"numCourses": n, "prerequisites": []}

"""Input generators for 네트워크 beyond what the constraints alone give.

The mistakes members make here:

- direct links only: marking a computer's neighbours but never their
  neighbours, so a chain A-B-C seen from the wrong end splits in two;
- the upper triangle only: a search that looks only at j > i, which misses a
  link back to a smaller label (0-2 and 1-2: from 2 it never finds 1);
- union-find without a final find: counting distinct values of parent[] rather
  than distinct roots, wrong once a chain of unions is two deep;
- links taken as merges: n minus the number of links, right for trees but not
  when a network has a cycle.

Uniform 0/1 matrices are neither symmetric nor have ones on the diagonal, and
dense ones are a single network. The strategies build symmetric matrices from
a few networks (paths, trees, cycles, cliques) with shuffled labels, so that a
network's smallest label is seldom where a chain starts.
"""

from hypothesis import strategies as st


def matrix(n, links):
    """The n by n matrix with ones on the diagonal and on both sides of every link."""
    rows = [[int(i == j) for j in range(n)] for i in range(n)]
    for a, b in links:
        rows[a][b] = rows[b][a] = 1
    return rows


@st.composite
def strategy_random_links(draw):
    """Up to 10 computers, each pair linked with one chance in four (a sparse random graph)."""
    n = draw(st.integers(1, 10))
    links = [(i, j) for i in range(n) for j in range(i + 1, n) if draw(st.integers(0, 3)) == 0]
    return {"n": n, "computers": matrix(n, links)}


@st.composite
def strategy_shaped_networks(draw):
    """A few networks, each a path, a random tree, a cycle or a clique, over shuffled labels."""
    sizes = draw(st.lists(st.integers(1, 5), min_size=1, max_size=4))
    n = sum(sizes)
    labels = draw(st.permutations(range(n)))
    links, first = [], 0
    for size in sizes:
        group = labels[first:first + size]
        first += size
        shape = draw(st.sampled_from(["path", "tree", "cycle", "clique"]))
        if shape == "clique":
            links += [(a, b) for i, a in enumerate(group) for b in group[i + 1:]]
        else:
            links += [(group[i], group[i - 1 if shape != "tree" else draw(st.integers(0, i - 1))])
                      for i in range(1, size)]
            if shape == "cycle" and size >= 3:
                links.append((group[0], group[-1]))
    return {"n": n, "computers": matrix(n, links)}


def _shuffled_path(n, rng):
    """The links of a path through all n computers in a random order."""
    order = list(range(n))
    rng.shuffle(order)
    return [(order[i - 1], order[i]) for i in range(1, n)]


def worst_all_linked(n, rng):
    """Every pair linked: n^2 ones to read, every one a link."""
    return {"n": n, "computers": [[1] * n for _ in range(n)]}


def worst_path(n, rng):
    """One network, a path over shuffled labels: the longest chain of searches or unions."""
    return {"n": n, "computers": matrix(n, _shuffled_path(n, rng))}


def worst_isolated(n, rng):
    """No links: n networks of one computer each."""
    return {"n": n, "computers": matrix(n, [])}


def worst_random(n, rng):
    """A sparse random graph with a few networks."""
    links = [(i, j) for i in range(n) for j in range(i + 1, n) if rng.random() < 1.5 / n]
    return {"n": n, "computers": matrix(n, links)}

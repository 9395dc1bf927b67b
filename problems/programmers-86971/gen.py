"""Input generators for 전력망을 둘로 나누기 beyond what the constraints alone give.

The mistakes members make here:

- one-way wires: storing v1 -> v2 only, as if the smaller label were the parent;
- no abs(): the signed n - 2 * side, so a negative difference wins;
- a shared visited list: not resetting it between cuts;
- an alias, not a copy: ``rest = wires; rest.remove(cut)`` loses wires for every later cut.

Every input is a tree (uniform wires almost never are). The labels are shuffled,
so the smaller end of a wire is often the child, and the shapes include paths,
stars and bushy trees, where the sides of a cut differ most.
"""

from hypothesis import strategies as st


def tree(n, parents, labels):
    """The wires of the tree where node i > 0 hangs from parents[i - 1], renamed by ``labels``."""
    wires = [sorted((labels[i], labels[parents[i - 1]])) for i in range(1, n)]
    return {"n": n, "wires": [list(w) for w in wires]}


@st.composite
def strategy_random_tree(draw):
    """Each new node joins a random earlier one; then the labels are shuffled."""
    n = draw(st.integers(2, 14))
    parents = [draw(st.integers(0, i - 1)) for i in range(1, n)]
    labels = draw(st.permutations(range(1, n + 1)))
    wires = draw(st.permutations(tree(n, parents, labels)["wires"]))
    return {"n": n, "wires": wires}


@st.composite
def strategy_shaped_tree(draw):
    """A path, a star or a caterpillar with shuffled labels: one large side, or an even split."""
    n = draw(st.integers(2, 14))
    shape = draw(st.sampled_from(["path", "star", "caterpillar"]))
    if shape == "path":
        parents = [i - 1 for i in range(1, n)]
    elif shape == "star":
        parents = [0] * (n - 1)
    else:
        spine = max(1, n // 2)
        parents = [i - 1 if i < spine else draw(st.integers(0, spine - 1)) for i in range(1, n)]
    labels = draw(st.permutations(range(1, n + 1)))
    return tree(n, parents, labels)


def _shuffled(n, parents, rng):
    labels = list(range(1, n + 1))
    rng.shuffle(labels)
    wires = tree(n, parents, labels)["wires"]
    rng.shuffle(wires)
    return {"n": n, "wires": wires}


def worst_path(n, rng):
    """A path: every search per cut walks far, the deepest recursion."""
    return _shuffled(n, [i - 1 for i in range(1, n)], rng)


def worst_random(n, rng):
    """A random tree."""
    return _shuffled(n, [rng.randint(0, i - 1) for i in range(1, n)], rng)


def worst_star(n, rng):
    """A star: one tower holds every wire."""
    return _shuffled(n, [0] * (n - 1), rng)

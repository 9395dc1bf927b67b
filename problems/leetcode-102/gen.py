"""Inputs for Binary Tree Level Order Traversal, in LeetCode's level-order list form.

A tree is written as LeetCode prints it: [3, 9, 20, None, None, 15, 7], None for a
missing child, trailing Nones dropped. The mistakes members make, and what shows them:

- queueing missing children (None) and closing the last round with an empty level:
  the answer ends in [], on any non-empty tree;
- an empty tree answered [[]] instead of []: the empty tree;
- a stack instead of a queue (depth-first, pushing left then right, with each node's
  depth): the nodes of a level come out right to left; any level of two or more;
- assuming every level is full (level d takes the next 2^d nodes of the breadth-first
  order): any tree with a hole above its last level.

A slow way is not a wrong answer and only the maximum shows it (worst cases below): a
fresh walk of the tree for every depth is O(n * h), O(n^2) on a path.
"""

from hypothesis import strategies as st

NODES = 2000  # LeetCode: at most 2000 nodes
VALUES = st.integers(-1000, 1000)


@st.composite
def tree(draw, max_nodes, values=VALUES, empty=True):
    """A random shape of up to max_nodes nodes, drawn slot by slot in level order (a False shrinks it)."""
    if empty and not draw(st.booleans()):
        return []
    out, open_slots, count = [draw(values)], 2, 1
    while open_slots and count < max_nodes:
        if draw(st.booleans()):
            out.append(draw(values))
            count, open_slots = count + 1, open_slots + 1  # fills one slot, opens two
        else:
            out.append(None)
            open_slots -= 1
    while out and out[-1] is None:
        out.pop()
    return out


def path(values, turns):
    """A path as nested (val, left, right) tuples: values[i + 1] hangs left of values[i] when turns[i] is "L"."""
    node = None
    for i in range(len(values) - 1, -1, -1):  # bottom-up, no recursion
        below = node
        node = (values[i], below, None) if i < len(turns) and turns[i] == "L" else (values[i], None, below)
    return node


def level_order(root):
    """LeetCode's list form of a nested (val, left, right) tree, None for no node."""
    out, waiting, i = [], [root], 0
    while i < len(waiting):
        node = waiting[i]
        i += 1
        if node is None:
            out.append(None)
        else:
            out.append(node[0])
            waiting += [node[1], node[2]]
    while out and out[-1] is None:
        out.pop()
    return out


def strategy_shapes():
    """Up to 15 nodes in any shape: holes on any level, one-child nodes, levels of one or many."""
    return tree(15).map(lambda root: {"root": root})


@st.composite
def strategy_distinct(draw):
    """Up to 12 nodes with distinct values: a level in the wrong order, or a node on the wrong level, shows."""
    shape = draw(tree(12))
    values = iter(draw(st.lists(VALUES, min_size=len(shape), max_size=len(shape), unique=True)))
    return {"root": [None if v is None else next(values) for v in shape]}


@st.composite
def strategy_paths(draw):
    """A path of 1 to 8 nodes turning at random: one node per level, holes everywhere."""
    m = draw(st.integers(1, 8))
    values = draw(st.lists(VALUES, min_size=m, max_size=m))
    turns = draw(st.lists(st.sampled_from("LR"), min_size=m - 1, max_size=m - 1))
    return {"root": level_order(path(values, turns))}


def worst_zigzag(n, rng):
    """A path of up to 2,000 nodes turning at random, ending on a right turn (2m - 1 places for m nodes):
    2,000 levels of one node, and a walk per depth costs O(n^2)."""
    m = min(NODES, (n + 1) // 2)
    turns = [rng.choice("LR") for _ in range(m - 2)] + ["R"]
    return {"root": level_order(path([rng.randint(-1000, 1000) for _ in range(m)], turns))}


def worst_complete(n, rng):
    """A complete tree of min(n, 2,000) nodes: 11 levels, the last holding about 1,000 nodes."""
    return {"root": [rng.randint(-1000, 1000) for _ in range(min(n, NODES))]}

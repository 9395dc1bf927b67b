"""Inputs for Invert Binary Tree, in LeetCode's level-order list form.

A tree is written as LeetCode prints it: [4, 2, 7, 1, 3, 6, 9], None for a missing
child, trailing Nones dropped. The mistakes members make, and what shows them:

- overwriting root.left before reading it (root.left = invert(root.right), then
  root.right = invert(root.left)): both sides end up the same subtree, which the kit
  reads back as a node reached twice; any node with a child;
- swapping only the root's two children and not recursing: a tree three levels deep
  whose lower levels are not symmetric;
- swapping only where both children exist: a node with a single child keeps it on the
  same side; shapes with one-child nodes;
- an empty tree (root is None): reading root.left at once crashes.

With at most 100 nodes no complexity is too slow: the worst cases below are the deepest
(a 100-node path, recursion 100 deep) and the widest (a complete tree) shapes.
"""

from hypothesis import strategies as st

NODES = 100  # LeetCode: at most 100 nodes
VALUES = st.integers(-100, 100)


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
    """Up to 15 nodes in any shape: one-child nodes on either side, lopsided lower levels."""
    return tree(15).map(lambda root: {"root": root})


@st.composite
def strategy_distinct(draw):
    """Up to 10 nodes with distinct values: a subtree on the wrong side shows in the order."""
    shape = draw(tree(10))
    values = iter(draw(st.lists(VALUES, min_size=len(shape), max_size=len(shape), unique=True)))
    return {"root": [None if v is None else next(values) for v in shape]}


@st.composite
def strategy_paths(draw):
    """A path of 1 to 8 nodes turning at random: every node has exactly one child."""
    m = draw(st.integers(1, 8))
    values = draw(st.lists(VALUES, min_size=m, max_size=m))
    turns = draw(st.lists(st.sampled_from("LR"), min_size=m - 1, max_size=m - 1))
    return {"root": level_order(path(values, turns))}


def worst_zigzag(n, rng):
    """A path of up to 100 nodes turning at random, ending on a right turn (2m - 1 places for m nodes)."""
    m = min(NODES, (n + 1) // 2)
    turns = [rng.choice("LR") for _ in range(m - 2)] + ["R"]
    return {"root": level_order(path([rng.randint(-100, 100) for _ in range(m)], turns))}


def worst_complete(n, rng):
    """A complete tree of min(n, 100) nodes: every node has two children to swap."""
    return {"root": [rng.randint(-100, 100) for _ in range(min(n, NODES))]}

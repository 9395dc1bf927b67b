"""Inputs for Maximum Depth of Binary Tree, in LeetCode's level-order list form.

A tree is written as LeetCode prints it: [3, 9, 20, None, None, 15, 7], None for a
missing child, trailing Nones dropped. The mistakes members make, and what shows them:

- counting edges instead of nodes (a leaf is depth 0): any non-empty tree comes back one short;
- an empty tree (root is None): an iterative walk that starts from root and reads
  root.left at once crashes;
- following one branch only (the left child when there is one, else the right): a tree
  whose deepest leaf hangs under a right child while a shallower left child exists;
- a BFS that adds one per node popped instead of one per level: any level with two nodes.

A slow way is not a wrong answer and only the maximum shows it (worst cases below): for
every node, walking up to the root to count its depth is O(n * h), O(n^2) on a path.
"""

from hypothesis import strategies as st

NODES = 10_000  # LeetCode: at most 10^4 nodes
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
    """Up to 15 nodes in any shape: lopsided trees, holes on the left, levels of two or more."""
    return tree(15).map(lambda root: {"root": root})


@st.composite
def strategy_deep_right(draw):
    """A left leaf beside a longer path under the right child: following the left child gives too little."""
    depth = draw(st.integers(1, 6))
    values = draw(st.lists(VALUES, min_size=depth + 2, max_size=depth + 2))
    turns = draw(st.lists(st.sampled_from("LR"), min_size=depth - 1, max_size=depth - 1))
    return {"root": level_order((values[0], (values[1], None, None), path(values[2:], turns)))}


def worst_left_path(n, rng):
    """Every node the left child of the one above: depth 10^4 at the maximum, recursion that deep.

    m nodes down the left take 2m - 2 places in the list form (the last None is dropped)."""
    m = min(NODES, n // 2 + 1) if n >= 2 else n
    return {"root": level_order(path([rng.randint(-100, 100) for _ in range(m)], "L" * (m - 1)))}


def worst_zigzag(n, rng):
    """A path turning left or right at random, ending on a right turn (2m - 1 places for m nodes):
    as deep, and a walk up from every node to the root costs O(n^2)."""
    m = min(NODES, (n + 1) // 2)
    turns = [rng.choice("LR") for _ in range(m - 2)] + ["R"]
    return {"root": level_order(path([rng.randint(-100, 100) for _ in range(m)], turns))}


def worst_complete(n, rng):
    """A complete tree of min(n, 10^4) nodes: wide levels (5,000 leaves) and depth 14."""
    return {"root": [rng.randint(-100, 100) for _ in range(min(n, NODES))]}

"""Inputs for Validate Binary Search Tree, in LeetCode's level-order list form.

A tree is written as LeetCode prints it: [5, 1, 4, None, None, 3, 6], None for a missing
child, trailing Nones dropped. Random trees are almost never search trees, so the strategies
build valid ones of random shape (values placed in order) and then break one node. The
mistakes members make, and what shows them:

- checking only each parent against its own children: a node deeper down on the wrong
  side of an ancestor ([5, 4, 6, None, None, 3, 7]);
- allowing equal values (<= instead of <): a value repeated anywhere in the tree;
- the 32-bit limits as the starting bounds (-2^31 < val < 2^31 - 1, or a previous value
  starting at -2^31): a node holding -2^31 or 2^31 - 1 itself;
- going left with only the upper bound (the lower bound dropped, reset to -infinity): a
  node in a right subtree's left part that is smaller than an ancestor it is right of.

A slow way is not a wrong answer and only the maximum shows it (worst cases below):
comparing every node with every value of its subtrees is O(n * h), O(n^2) on a path.
"""

from hypothesis import strategies as st

NODES = 10_000  # LeetCode: 1 to 10^4 nodes
LOW, HIGH = -2**31, 2**31 - 1
EXTREMES = [LOW, LOW + 1, -1, 0, 1, HIGH - 1, HIGH]


@st.composite
def tree(draw, max_nodes, values=st.integers(0, 0), empty=True):
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


def inorder(form):
    """The positions of form's nodes in in-order (left subtree, node, right subtree), without recursion."""
    kids, slot = {}, 1
    for i, value in enumerate(form):
        if value is None:
            continue
        left = slot if slot < len(form) and form[slot] is not None else None
        right = slot + 1 if slot + 1 < len(form) and form[slot + 1] is not None else None
        kids[i], slot = (left, right), slot + 2
    order, stack, node = [], [], 0 if form else None
    while stack or node is not None:
        while node is not None:
            stack.append(node)
            node = kids[node][0]
        node = stack.pop()
        order.append(node)
        node = kids[node][1]
    return order


def fill(form, values):
    """The shape of form with sorted(values) placed in in-order: a search tree when the values are distinct."""
    out = list(form)
    for position, value in zip(inorder(form), sorted(values)):
        out[position] = value
    return out


@st.composite
def strategy_broken_bst(draw):
    """A valid search tree of 1 to 12 nodes, small distinct values; then, most of the time, one node
    takes a value from near the others (a repeat, one beyond an ancestor, one beyond a parent)."""
    shape = draw(tree(12, empty=False))
    k = sum(v is not None for v in shape)
    root = fill(shape, draw(st.lists(st.integers(-20, 20), min_size=k, max_size=k, unique=True)))
    if draw(st.integers(0, 3)):
        where = draw(st.sampled_from([i for i, v in enumerate(root) if v is not None]))
        others = sorted({v + d for v in root if v is not None for d in (-1, 0, 1)})
        root[where] = draw(st.sampled_from(others))
    return {"root": root}


@st.composite
def strategy_extremes(draw):
    """Up to 5 nodes holding the 32-bit extremes and their neighbours: valid trees that touch -2^31 or
    2^31 - 1, and trees with a repeat at an extreme."""
    shape = draw(tree(5, empty=False))
    k = sum(v is not None for v in shape)
    values = draw(st.lists(st.sampled_from(EXTREMES), min_size=k, max_size=k, unique=draw(st.booleans())))
    return {"root": fill(shape, values)}


@st.composite
def strategy_deep_ancestor(draw):
    """An ancestor's bound broken three levels down: root r, right child c > r, c's left child x with
    x < r (or, mirrored, on the left side); a check of parents against children alone misses it."""
    r, gap = draw(st.integers(-10, 10)), draw(st.integers(1, 5))
    below = draw(st.integers(1, gap + 2))  # x lands below r (wrong) or above (right), by up to a few
    if draw(st.booleans()):
        root = [r, None, r + gap, r + gap - below]
    else:
        root = [r, r - gap, None, None, r - gap + below]
    return {"root": root}


def path_bst(turns):
    """Values for a path that is a valid search tree: each node leaves one side of its interval open for the next."""
    lo, hi, values = LOW - 1, HIGH + 1, []
    for turn in turns + ["L"]:
        value = hi - 1 if turn == "L" else lo + 1  # the child's interval, (lo, value) or (value, hi), stays open
        values.append(value)
        lo, hi = (lo, value) if turn == "L" else (value, hi)
    return values


def worst_valid_zigzag(n, rng):
    """A valid search tree that is one path of up to 10^4 nodes, turning at random and ending on a right turn:
    every check must go all the way down (recursion 10^4 deep) and the subtree-by-subtree oracle is O(n^2)."""
    m = min(NODES, (n + 1) // 2)
    turns = [rng.choice("LR") for _ in range(m - 2)] + ["R"] if m >= 2 else []
    return {"root": level_order(path(path_bst(turns)[:m], turns))}


def worst_broken_at_the_bottom(n, rng):
    """The same path, but the deepest node steps outside the root's bound: right only at the very end."""
    args = worst_valid_zigzag(n, rng)
    root = args["root"]
    if len(root) >= 3:
        last = max(i for i, v in enumerate(root) if v is not None)
        root[last] = root[0]  # a repeat of the root's value, far below it: never allowed
    return args


def worst_complete(n, rng):
    """A complete search tree of min(n, 10^4) nodes with random distinct values: the widest shape."""
    k = min(n, NODES)
    return {"root": fill([0] * k, rng.sample(range(LOW, HIGH + 1), k))}

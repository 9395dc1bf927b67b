"""Inputs for Kth Smallest Element in a BST, in LeetCode's level-order list form.

A tree is written as LeetCode prints it: [3, 1, 4, None, 2], None for a missing child,
trailing Nones dropped. The input is always a valid search tree, so every strategy builds
one: a random shape, then sorted distinct values placed in in-order. The mistakes members
make, and what shows them:

- k counted from 0 (sorted[k] instead of sorted[k - 1]): any tree; k = n goes out of range;
- the values in breadth-first (or pre-order) order instead of in-order: any tree whose
  level order is not sorted, which is almost every tree of three or more nodes;
- right subtree before left: the k-th largest comes back; any k other than the middle;
- the visit counter kept in a local variable of the recursion, so the counts made in a left
  subtree are lost: a left subtree with nodes in it, and k past them.

A slow way is not a wrong answer and only the maximum shows it (worst cases below):
counting, for every value, how many values are smaller is O(n^2).
"""

from hypothesis import strategies as st

NODES = 10_000  # LeetCode: 1 <= k <= n <= 10^4
LOW, HIGH = 0, 10_000  # 0 <= Node.val <= 10^4


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


def path_bst(turns):
    """Values for a path that is a valid search tree: each node leaves one side of its interval open for the next."""
    lo, hi, values = -1, NODES + 1, []
    for turn in turns + ["L"]:
        value = hi - 1 if turn == "L" else lo + 1  # the child's interval, (lo, value) or (value, hi), stays open
        values.append(value)
        lo, hi = (lo, value) if turn == "L" else (value, hi)
    return values


@st.composite
def bst(draw, max_nodes, values):
    """A search tree of 1 to max_nodes nodes in a random shape, distinct values drawn from values."""
    shape = draw(tree(max_nodes, empty=False))
    n = sum(v is not None for v in shape)
    return fill(shape, draw(st.lists(values, min_size=n, max_size=n, unique=True)))


@st.composite
def strategy_small(draw):
    """Up to 12 nodes with small values, any k from 1 to n: both ends, and k past a left subtree."""
    root = draw(bst(12, st.integers(LOW, 30)))
    n = sum(v is not None for v in root)
    return {"root": root, "k": draw(st.integers(1, n))}


@st.composite
def strategy_ends(draw):
    """Up to 6 nodes among 0, 1, 2, 5,000, 9,999 and 10^4, with k = 1 or k = n: the smallest and the largest."""
    root = draw(bst(6, st.sampled_from([LOW, 1, 2, 5_000, HIGH - 1, HIGH])))
    n = sum(v is not None for v in root)
    return {"root": root, "k": draw(st.sampled_from([1, n]))}


def worst_zigzag_last(n, rng):
    """A search tree that is one path of up to 10^4 nodes turning at random (ending on a right turn), k = n:
    the in-order walk goes 10^4 deep and visits everything before it stops."""
    m = min(NODES, (n + 1) // 2)
    turns = [rng.choice("LR") for _ in range(m - 2)] + ["R"] if m >= 2 else []
    values = path_bst(turns)[:m]
    return {"root": level_order(path(values, turns)), "k": m}


def worst_left_path_last(n, rng):
    """Every node the left child of the one above (values falling), k = n: the answer is the root itself,
    reached only after the whole path is stacked. m nodes down the left take 2m - 2 places."""
    m = min(NODES, n // 2 + 1) if n >= 2 else n
    values = sorted(rng.sample(range(LOW, HIGH + 1), m), reverse=True)
    return {"root": level_order(path(values, "L" * (m - 1))), "k": m}


def worst_complete_middle(n, rng):
    """A complete search tree of min(n, 10^4) nodes with random distinct values, k in the middle."""
    m = min(n, NODES)
    return {"root": fill([0] * m, rng.sample(range(LOW, HIGH + 1), m)), "k": (m + 1) // 2}

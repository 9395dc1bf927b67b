"""LeetCode's ``ListNode`` and ``TreeNode``, and the list forms everything else sees.

LeetCode writes a linked list as ``[1,2,3]`` and a binary tree in level order with
``null`` for a missing child: ``[3,9,20,null,null,15,7]``. Specs, pasted examples,
generated inputs and counterexamples keep those forms, so Hypothesis shrinks a list,
not an object graph, and a counterexample prints as the page does. Only the call sees
objects: :func:`to_call` builds them just before it, :func:`from_call` reads the answer
back just after, outside the clock.

Reading back never trusts the member: a list that loops, a tree with a node twice, or a
value that is not a node is a :class:`ShapeError`, not a hang. Cost: O(nodes) both ways.
"""

from __future__ import annotations

from collections import deque

NODE_TYPES = ("ListNode", "TreeNode")


class ListNode:
    """LeetCode's singly linked list node, with its own constructor: ``ListNode(val=0, next=None)``."""

    def __init__(self, val=0, next=None):  # noqa: A002 - LeetCode's name
        self.val = val
        self.next = next


class TreeNode:
    """LeetCode's binary tree node: ``TreeNode(val=0, left=None, right=None)``."""

    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


class ShapeError(Exception):
    """A returned value that cannot be read back as the list form the spec declares."""


def build_list(values, pos=-1):
    """The head of a linked list holding ``values``; the tail links to node ``pos`` when ``pos >= 0`` (141)."""
    nodes = [ListNode(v) for v in values]
    for a, b in zip(nodes, nodes[1:]):
        a.next = b
    if nodes and 0 <= pos < len(nodes):
        nodes[-1].next = nodes[pos]
    return nodes[0] if nodes else None


def build_tree(values):
    """The root of the tree that ``values`` gives in LeetCode's level order (``None``: no child there)."""
    if not values or values[0] is None:
        return None
    root = TreeNode(values[0])
    waiting, items = deque([root]), iter(values[1:])
    while waiting:
        node = waiting.popleft()
        for side in ("left", "right"):
            value = next(items, None)
            if value is not None:
                child = TreeNode(value)
                setattr(node, side, child)
                waiting.append(child)
    return root


def read_list(head) -> list:
    """``head``'s values in order; ShapeError for a cycle or a value that is not a node."""
    values, seen = [], set()
    node = head
    while node is not None:
        if id(node) in seen:
            raise ShapeError(f"returned a linked list with a cycle: node {len(values)} links back to an earlier node")
        if not hasattr(node, "val") or not hasattr(node, "next"):
            raise ShapeError(f"returned {type(node).__name__} where a ListNode (or None) belongs")
        seen.add(id(node))
        values.append(node.val)
        node = node.next
    return values


def read_tree(root) -> list:
    """``root`` in level order with ``None`` for missing children, trailing ``None``s dropped, as LeetCode prints it.

    ShapeError for a node reached twice (a cycle or a shared subtree) or a value that is not a node."""
    values, seen = [], set()
    waiting = deque([root])
    while waiting:
        node = waiting.popleft()
        if node is None:
            values.append(None)
            continue
        if not all(hasattr(node, a) for a in ("val", "left", "right")):
            raise ShapeError(f"returned {type(node).__name__} where a TreeNode (or None) belongs")
        if id(node) in seen:
            raise ShapeError("returned a tree in which a node is reached twice (a cycle or a shared subtree)")
        seen.add(id(node))
        values.append(node.val)
        waiting.extend((node.left, node.right))
    while values and values[-1] is None:
        values.pop()
    return values


_BUILD = {"ListNode": build_list, "TreeNode": build_tree}
_READ = {"ListNode": read_list, "TreeNode": read_tree}


def to_call(args, shapes) -> tuple:
    """The call's arguments from their list forms.

    ``shapes`` has one entry per argument: ``""`` (as is), ``"ListNode"``, ``"TreeNode"``,
    ``"list[ListNode]"``, ``"ListNode@i"`` (the tail links to the node that argument ``i``
    names, LeetCode's ``pos``) or ``"-"`` (an argument that only shapes another, not passed).
    """
    call = []
    for value, shape in zip(args, shapes):
        if not shape:
            call.append(value)
        elif shape == "-":
            continue
        elif shape.startswith("list["):
            build = _BUILD[shape[5:-1]]
            call.append([build(item) for item in value])
        elif "@" in shape:
            call.append(build_list(value, args[int(shape.split("@")[1])]))
        else:
            call.append(_BUILD[shape](value))
    return tuple(call)


def from_call(value, shape):
    """The answer's list form when the call returns ``shape`` (``ListNode``, ``TreeNode``, ``list[...]``)."""
    if not shape:
        return value
    if shape.startswith("list["):
        if not isinstance(value, list):
            raise ShapeError(f"returned {type(value).__name__} where a list of {shape[5:-1]}s belongs")
        return [_READ[shape[5:-1]](item) for item in value]
    return _READ[shape](value)

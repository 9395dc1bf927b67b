"""The small type language of specs, and strict comparison of answers.

A type is ``int``, ``float``, ``bool``, ``str`` or ``list[T]`` for any type T,
for example ``list[list[int]]``, or LeetCode's ``ListNode`` and ``TreeNode``. A node
type's values are its list forms (``[1,2,3]``; a tree in level order, ``None`` for a
missing child): it parses as ``("list", "int", "TreeNode")``, a list of ints that says
which objects the call sees (``algokit.nodes``). Comparison is strict about type, the way a
judge that reads Python values should be: ``3.0`` is not ``3`` and ``True`` is
not ``1``.
"""

from __future__ import annotations

import re

SCALARS = {"int": int, "float": float, "bool": bool, "str": str}
NODES = ("ListNode", "TreeNode")
_LIST = re.compile(r"^list\[(.+)\]$")


def parse_type(text):
    """Return ``text`` as a nested tuple: ``"list[int]"`` -> ``("list", "int")``.

    Raises ValueError naming the accepted forms. Cost: O(len(text)).
    """
    text = text.strip()
    if text in SCALARS:
        return text
    if text in NODES:
        return ("list", "int", text)
    match = _LIST.match(text)
    if match:
        return ("list", parse_type(match.group(1)))
    raise ValueError(f"unknown type {text!r}; use int, float, bool, str, list[T], ListNode or TreeNode")


def node_shape(parsed) -> str:
    """``"ListNode"``, ``"TreeNode"``, ``"list[TreeNode]"`` for a node type, else ``""``: what the call sees."""
    if isinstance(parsed, tuple):
        if len(parsed) == 3:
            return parsed[2]
        inner = parsed[1]
        if isinstance(inner, tuple) and len(inner) == 3:
            return f"list[{inner[2]}]"
    return ""


def _holes(parsed) -> bool:
    """True for a tree's list form, whose items may be None."""
    return isinstance(parsed, tuple) and len(parsed) == 3 and parsed[2] == "TreeNode"


def depth(parsed):
    """How many list levels wrap the scalar: ``list[list[int]]`` -> 2."""
    levels = 0
    while isinstance(parsed, tuple):
        parsed, levels = parsed[1], levels + 1
    return levels


def scalar(parsed):
    """The scalar at the bottom of ``parsed``: ``list[list[int]]`` -> ``"int"``."""
    while isinstance(parsed, tuple):
        parsed = parsed[1]
    return parsed


def type_error(value, parsed, where="value"):
    """Describe why ``value`` is not of type ``parsed``, or return None if it is.

    Strict: a bool is not an int and an int is not a float. Cost: O(size of value).
    """
    if _conforms(value, parsed):  # the common case, without naming a path per item
        return None
    if isinstance(parsed, tuple):
        if type(value) is not list:
            return f"{where} should be a list, got {type(value).__name__} {short(value)}"
        if _holes(parsed) and value and value[0] is None:
            return f"{where} starts with null: write an empty tree as []"
        for i, item in enumerate(value):
            if item is None and _holes(parsed):
                continue
            problem = type_error(item, parsed[1], f"{where}[{i}]")
            if problem:
                return problem
        return None
    if type(value) is not SCALARS[parsed]:
        return f"{where} should be {parsed}, got {type(value).__name__} {short(value)}"
    return None


def _conforms(value, parsed):
    if isinstance(parsed, tuple):
        if type(value) is not list:
            return False
        inner = parsed[1]
        if isinstance(inner, str):
            kind = SCALARS[inner]
            if _holes(parsed):
                return all(type(x) is kind or x is None for x in value) and (not value or value[0] is not None)
            return all(type(x) is kind for x in value)
        return all(_conforms(x, inner) for x in value)
    return type(value) is SCALARS[parsed]


def strict_equal(a, b):
    """True when ``a == b`` and every part has the same type (3.0 != 3, (1,) != [1]).

    Cost: O(size of the values).
    """
    if type(a) is not type(b):
        return False
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(strict_equal(x, y) for x, y in zip(a, b))
    if isinstance(a, dict):
        # Keys are typed too: {1: x} is not {1.0: x} nor {True: x}.
        typed_a = {(type(k), k): v for k, v in a.items()}
        typed_b = {(type(k), k): v for k, v in b.items()}
        return typed_a.keys() == typed_b.keys() and all(strict_equal(v, typed_b[k]) for k, v in typed_a.items())
    return a == b


def describe_difference(expected, got):
    """One phrase for how ``got`` differs from ``expected``, for failure messages."""
    if type(expected) is not type(got):
        return f"wrong type: expected {type(expected).__name__}, got {type(got).__name__}"
    return "wrong answer"


def short(value, limit=80):
    """``repr(value)`` cut to ``limit`` characters; long lists say their length."""
    text = repr(value)
    if len(text) <= limit:
        return text
    if isinstance(value, (list, tuple, str)):
        return f"{text[: limit - 20]}... ({len(value)} items)"
    return text[: limit - 3] + "..."

"""The definition itself: for every node, gather every value of its left subtree and of its right subtree,
and check that all of the first are smaller and all of the second larger. The oracle.

Time: O(n * h), O(n^2) on a path. Space: O(n).
"""
from typing import Optional

# TreeNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        """True when no node has a value on the wrong side of it in either subtree."""

        def values(node):
            found, stack = [], [node] if node else []
            while stack:
                node = stack.pop()
                found.append(node.val)
                stack += [child for child in (node.left, node.right) if child]
            return found

        for node in values_nodes(root):
            if any(v >= node.val for v in values(node.left)) or any(v <= node.val for v in values(node.right)):
                return False
        return True


def values_nodes(root):
    """Every node of the tree, by an explicit stack."""
    nodes, stack = [], [root] if root else []
    while stack:
        node = stack.pop()
        nodes.append(node)
        stack += [child for child in (node.left, node.right) if child]
    return nodes

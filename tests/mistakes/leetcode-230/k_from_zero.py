"""Counts k from 0: returns the in-order value at index k, one too far (and out of range when k = n)."""
from typing import Optional

# TreeNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        ordered = []

        def walk(node):
            if node:
                walk(node.left)
                ordered.append(node.val)
                walk(node.right)

        walk(root)
        return ordered[k]

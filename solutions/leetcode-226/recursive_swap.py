"""Invert both subtrees, then hang them on the opposite sides; the input's own nodes come back.

Time: O(n). Space: O(h) for the call stack.
"""
from typing import Optional

# TreeNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        """root itself, with every node's children exchanged."""
        if root is not None:
            root.left, root.right = self.invertTree(root.right), self.invertTree(root.left)
        return root

"""Counts edges instead of nodes: a leaf is depth 0, so every non-empty tree comes back one short."""
from typing import Optional

# TreeNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        if root is None:
            return 0
        if root.left is None and root.right is None:
            return 0
        return 1 + max(self.maxDepth(root.left), self.maxDepth(root.right))

"""Follows one child only (the left one when there is one): misses a deeper leaf under the right child."""
from typing import Optional

# TreeNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        depth = 0
        while root is not None:
            depth += 1
            root = root.left if root.left else root.right
        return depth

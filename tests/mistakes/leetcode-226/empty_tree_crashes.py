"""Reads root.left before checking root: an empty tree (root is None) crashes."""
from typing import Optional

# TreeNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        left, right = root.left, root.right
        root.left = self.invertTree(right) if right else None
        root.right = self.invertTree(left) if left else None
        return root

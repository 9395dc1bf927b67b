"""Build a new mirrored tree with an explicit stack: each copy takes its left child from the original's
right and its right child from the original's left. The input is left as it was.

Time: O(n). Space: O(n).
"""
from typing import Optional

# TreeNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        """A fresh tree, the mirror image of root."""
        if root is None:
            return None
        copy = TreeNode(root.val)
        stack = [(root, copy)]
        while stack:
            original, mirror = stack.pop()
            if original.right:
                mirror.left = TreeNode(original.right.val)
                stack.append((original.right, mirror.left))
            if original.left:
                mirror.right = TreeNode(original.left.val)
                stack.append((original.left, mirror.right))
        return copy

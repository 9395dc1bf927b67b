"""Walks in-order but right subtree first: that is decreasing order, so it returns the k-th largest."""
from typing import Optional

# TreeNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        stack, node = [], root
        while stack or node:
            while node:
                stack.append(node)
                node = node.right
            node = stack.pop()
            k -= 1
            if k == 0:
                return node.val
            node = node.left
        return -1

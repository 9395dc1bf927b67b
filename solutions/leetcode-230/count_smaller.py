"""Gather every value; the k-th smallest is the value with exactly k - 1 values below it (the values of a
search tree are distinct). No order of visiting and no sorting: it is the oracle.

Time: O(n^2). Space: O(n).
"""
from typing import Optional

# TreeNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        """The value that exactly k - 1 others are smaller than."""
        values, stack = [], [root]
        while stack:
            node = stack.pop()
            if node:
                values.append(node.val)
                stack += [node.left, node.right]
        for v in values:
            if sum(w < v for w in values) == k - 1:
                return v
        return -1

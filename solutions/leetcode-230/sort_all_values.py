"""Ignore the search-tree order: gather the values breadth-first, sort them, index the k-th.

Time: O(n log n). Space: O(n).
"""
from collections import deque
from typing import Optional

# TreeNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        """sorted(values)[k - 1]."""
        values, queue = [], deque([root])
        while queue:
            node = queue.popleft()
            if node:
                values.append(node.val)
                queue.extend((node.left, node.right))
        return sorted(values)[k - 1]

"""Breadth-first, one whole level at a time: the depth is the number of levels.

Time: O(n). Space: O(w), the widest level.
"""
from collections import deque
from typing import Optional

# TreeNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        """How many times a non-empty level is taken off the queue."""
        if root is None:
            return 0
        queue, depth = deque([root]), 0
        while queue:
            depth += 1
            for _ in range(len(queue)):  # exactly the nodes of this level
                node = queue.popleft()
                if node.left:
                    queue.append(node.left)
                if node.right:
                    queue.append(node.right)
        return depth

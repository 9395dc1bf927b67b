"""Queues missing children (None) too, so the last round finds only Nones and appends an empty level []."""
from collections import deque
from typing import List, Optional

# TreeNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        if root is None:
            return []
        levels, queue = [], deque([root])
        while queue:
            level = []
            for _ in range(len(queue)):
                node = queue.popleft()
                if node is None:
                    continue
                level.append(node.val)
                queue.append(node.left)
                queue.append(node.right)
            levels.append(level)
        return levels

"""Breadth-first with a deque: at the start of each level the queue holds exactly that level's nodes.

Time: O(n). Space: O(w), the widest level.
"""
from collections import deque
from typing import List, Optional

# TreeNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        """One list per level, children queued left first."""
        levels, queue = [], deque([root] if root else [])
        while queue:
            level = []
            for _ in range(len(queue)):  # only the nodes that were queued before this level began
                node = queue.popleft()
                level.append(node.val)
                if node.left:
                    queue.append(node.left)
                if node.right:
                    queue.append(node.right)
            levels.append(level)
        return levels

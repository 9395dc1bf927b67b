"""Cuts the breadth-first order into levels of 1, 2, 4, ... nodes, as if every level were full."""
from collections import deque
from typing import List, Optional

# TreeNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        order, queue = [], deque([root] if root else [])
        while queue:
            node = queue.popleft()
            order.append(node.val)
            if node.left:
                queue.append(node.left)
            if node.right:
                queue.append(node.right)
        levels, start, width = [], 0, 1
        while start < len(order):
            levels.append(order[start:start + width])
            start, width = start + width, width * 2
        return levels

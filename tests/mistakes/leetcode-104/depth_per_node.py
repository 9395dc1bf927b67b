"""BFS that adds one for every node it pops instead of one per level: it counts the nodes."""
from collections import deque
from typing import Optional

# TreeNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        if root is None:
            return 0
        queue, depth = deque([root]), 0
        while queue:
            node = queue.popleft()
            depth += 1
            if node.left:
                queue.append(node.left)
            if node.right:
                queue.append(node.right)
        return depth

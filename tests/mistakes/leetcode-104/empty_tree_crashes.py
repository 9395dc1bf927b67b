"""BFS that starts from root without checking it: an empty tree (root is None) crashes on root.left."""
from collections import deque
from typing import Optional

# TreeNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        queue, depth = deque([root]), 0
        while queue:
            depth += 1
            for _ in range(len(queue)):
                node = queue.popleft()
                if node.left:
                    queue.append(node.left)
                if node.right:
                    queue.append(node.right)
        return depth

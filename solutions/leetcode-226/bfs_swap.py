"""Visit the nodes breadth-first and exchange each one's two children; the order of visits does not matter.

Time: O(n). Space: O(w), the widest level.
"""
from collections import deque
from typing import Optional

# TreeNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        """root itself, every node's children exchanged in place."""
        queue = deque([root] if root else [])
        while queue:
            node = queue.popleft()
            node.left, node.right = node.right, node.left
            for child in (node.left, node.right):
                if child:
                    queue.append(child)
        return root

"""The same open intervals as the recursive check, carried breadth-first in a queue, with infinities as bounds.

Time: O(n). Space: O(w), the widest level.
"""
from collections import deque
from typing import Optional

# TreeNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        """True when every node's value lies strictly between the bounds queued with it."""
        queue = deque([(root, float("-inf"), float("inf"))])
        while queue:
            node, lo, hi = queue.popleft()
            if node is None:
                continue
            if not lo < node.val < hi:
                return False
            queue.append((node.left, lo, node.val))
            queue.append((node.right, node.val, hi))
        return True

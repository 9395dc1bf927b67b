"""Depth-first with an explicit stack of (node, its depth); the answer is the largest depth pushed.

Time: O(n). Space: O(n) for the stack.
"""
from typing import Optional

# TreeNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        """The deepest node's depth, counting the root as 1."""
        best, stack = 0, [(root, 1)]
        while stack:
            node, depth = stack.pop()
            if node is None:
                continue
            best = max(best, depth)
            stack.append((node.left, depth + 1))
            stack.append((node.right, depth + 1))
        return best

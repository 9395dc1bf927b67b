"""Pre-order depth-first recursion carrying the depth: append each value to its depth's list. Left before
right, so each list fills left to right. A 2,000-node path recurses 2,000 deep (LeetCode allows it).

Time: O(n). Space: O(h) for the call stack.
"""
from typing import List, Optional

# TreeNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        """levels[d] collects the depth-d values in the order a left-first walk meets them."""
        levels = []

        def visit(node, depth):
            if node is None:
                return
            if depth == len(levels):
                levels.append([])
            levels[depth].append(node.val)
            visit(node.left, depth + 1)
            visit(node.right, depth + 1)

        visit(root, 0)
        return levels

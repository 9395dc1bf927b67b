"""Uses a stack of (node, depth), pushing left then right: the right child pops first, so levels read right to left."""
from typing import List, Optional

# TreeNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        levels, stack = [], [(root, 0)] if root else []
        while stack:
            node, depth = stack.pop()
            if depth == len(levels):
                levels.append([])
            levels[depth].append(node.val)
            if node.left:
                stack.append((node.left, depth + 1))
            if node.right:
                stack.append((node.right, depth + 1))
        return levels

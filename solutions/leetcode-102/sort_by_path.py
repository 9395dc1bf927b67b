"""Name every node by its path from the root (a string of L and R); a node's level is its path's length,
and among paths of one length, L < R in dictionary order is exactly left to right.

No queue and no levels kept while walking: sort (length, path) and cut at each new length. The oracle.

Time: O(n * h) for the path strings, plus the sort. Space: O(n * h).
"""
from typing import List, Optional

# TreeNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        """The values grouped by path length, each group in path order."""
        named, stack = [], [(root, "")] if root else []
        while stack:
            node, where = stack.pop()
            named.append((len(where), where, node.val))
            if node.left:
                stack.append((node.left, where + "L"))
            if node.right:
                stack.append((node.right, where + "R"))
        levels = []
        for depth, _, value in sorted(named):
            if depth == len(levels):
                levels.append([])
            levels[depth].append(value)
        return levels

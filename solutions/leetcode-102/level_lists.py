"""Keep the current level as a plain list and build the next one from its children, left to right.

Time: O(n). Space: O(w), the widest level.
"""
from typing import List, Optional

# TreeNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        """Lists of values, one per non-empty level."""
        levels, current = [], [root] if root else []
        while current:
            levels.append([node.val for node in current])
            current = [child for node in current for child in (node.left, node.right) if child]
        return levels

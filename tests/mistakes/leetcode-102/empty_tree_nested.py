"""Always starts with one level list, so the empty tree comes back as [[]] instead of []."""
from typing import List, Optional

# TreeNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        levels, current = [], [root] if root else []
        while True:
            levels.append([node.val for node in current])
            current = [child for node in current for child in (node.left, node.right) if child]
            if not current:
                return levels

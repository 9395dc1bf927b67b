"""List every value by a recursive in-order walk (increasing, since it is a search tree) and index it.
A 10^4-node path recurses 10^4 deep (LeetCode allows it).

Time: O(n). Space: O(n).
"""
from typing import Optional

# TreeNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        """ordered[k - 1], ordered being the in-order values."""
        ordered = []

        def walk(node):
            if node:
                walk(node.left)
                ordered.append(node.val)
                walk(node.right)

        walk(root)
        return ordered[k - 1]

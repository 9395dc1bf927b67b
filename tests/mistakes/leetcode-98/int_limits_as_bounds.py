"""Starts the bounds at the 32-bit limits with strict checks: a node holding -2^31 or 2^31 - 1 is rejected."""
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
            return valid(node.left, lo, node.val) and valid(node.right, node.val, hi)

        return valid(root, -2**31, 2**31 - 1)

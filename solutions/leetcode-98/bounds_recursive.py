"""Carry the open interval (lo, hi) a node's value must lie in: going left narrows hi to the node's value,
going right narrows lo. No sentinel numbers: None means unbounded, so -2^31 and 2^31 - 1 are ordinary values.
A 10^4-node path recurses 10^4 deep (LeetCode allows it).

Time: O(n). Space: O(h) for the call stack.
"""
from typing import Optional

# TreeNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        """True when every value lies strictly inside the bounds its ancestors set."""

        def valid(node, lo, hi):
            if node is None:
                return True
            if (lo is not None and node.val <= lo) or (hi is not None and node.val >= hi):
                return False
            return valid(node.left, lo, node.val) and valid(node.right, node.val, hi)

        return valid(root, None, None)

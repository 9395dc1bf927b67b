"""A search tree read in order (left subtree, node, right subtree) is strictly increasing, and only then:
walk it in order with an explicit stack and compare each value with the one before.

Time: O(n). Space: O(h).
"""
from typing import Optional

# TreeNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        """True when the in-order values rise strictly."""
        stack, node, previous = [], root, None
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            if previous is not None and node.val <= previous:
                return False
            previous = node.val
            node = node.right
        return True

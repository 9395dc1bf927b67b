"""In-order (left subtree, node, right subtree) visits a search tree's values in increasing order: walk it
with an explicit stack and stop at the k-th node popped.

Time: O(h + k). Space: O(h).
"""
from typing import Optional

# TreeNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        """The k-th value the in-order walk reaches."""
        stack, node = [], root
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            k -= 1
            if k == 0:
                return node.val
            node = node.right
        return -1

"""Passes the visit counter down the recursion as a plain int: the counts made inside a left subtree are
lost when it returns, so nodes after a non-empty left subtree are numbered too low."""
from typing import Optional

# TreeNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        def walk(node, count):
            if node is None:
                return None
            found = walk(node.left, count)
            if found is not None:
                return found
            count += 1
            if count == k:
                return node.val
            return walk(node.right, count)

        return walk(root, 0)

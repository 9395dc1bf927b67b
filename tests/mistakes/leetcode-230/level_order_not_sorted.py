"""Takes the k-th value in breadth-first order, as if a search tree's levels were sorted."""
from collections import deque
from typing import Optional

# TreeNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        queue = deque([root])
        while queue:
            node = queue.popleft()
            k -= 1
            if k == 0:
                return node.val
            queue.extend(child for child in (node.left, node.right) if child)
        return -1

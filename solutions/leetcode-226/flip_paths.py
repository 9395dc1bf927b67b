"""Name every node by its path from the root (a string of L and R), flip every letter, and build a new tree
from the flipped paths.

The mirror image is, by definition, the tree whose node at path p is the input's node at p with L and R
exchanged: no swapping, no recursion. It is the oracle.

Time: O(n * h) for the path strings. Space: O(n * h).
"""
from typing import Optional

# TreeNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        """A brand-new tree; the input is only read."""
        if root is None:
            return None
        value_at, stack = {}, [(root, "")]
        while stack:
            node, where = stack.pop()
            value_at[where] = node.val
            if node.left:
                stack.append((node.left, where + "L"))
            if node.right:
                stack.append((node.right, where + "R"))
        flipped = {where.translate(str.maketrans("LR", "RL")): value for where, value in value_at.items()}
        made = {}
        for where in sorted(flipped, key=len):  # parents (shorter paths) first
            made[where] = TreeNode(flipped[where])
            if where:
                parent = made[where[:-1]]
                if where[-1] == "L":
                    parent.left = made[where]
                else:
                    parent.right = made[where]
        return made[""]

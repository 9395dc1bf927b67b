"""Record every node's parent, then from every node walk up to the root counting the nodes on the way.

The depth of a node is, by definition, the number of nodes from it up to the root; the answer is the
largest. No recursion and no levels: it is the oracle.

Time: O(n * h), O(n^2) on a path. Space: O(n).
"""
from typing import Optional

# TreeNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        """The largest number of nodes on a path from some node up to the root (0 for an empty tree)."""
        parent = {}
        nodes = [root] if root else []
        for node in nodes:  # the list grows as children are found
            for child in (node.left, node.right):
                if child:
                    parent[id(child)] = node
                    nodes.append(child)
        best = 0
        for node in nodes:
            count = 1
            while id(node) in parent:
                node = parent[id(node)]
                count += 1
            best = max(best, count)
        return best

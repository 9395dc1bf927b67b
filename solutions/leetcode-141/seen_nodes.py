"""Remember every node visited (the nodes themselves, not their values); a node met twice means a cycle.

Time: O(n). Space: O(n).
"""
from typing import Optional

# ListNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        """True when the walk reaches a node it has already seen."""
        seen = set()
        node = head
        while node is not None:
            if node in seen:  # ListNode hashes by identity
                return True
            seen.add(node)
            node = node.next
        return False

"""Remembers the values seen rather than the nodes, so a repeated value without a cycle reads as a cycle."""
from typing import Optional

# ListNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        seen = set()
        while head is not None:
            if head.val in seen:
                return True
            seen.add(head.val)
            head = head.next
        return False

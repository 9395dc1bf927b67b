"""Takes a cycle to mean the walk comes back to the head, so a tail linked to a later node loops forever (TLE)."""
from typing import Optional

# ListNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        node = head
        while node is not None:
            node = node.next
            if node is head:
                return True
        return False

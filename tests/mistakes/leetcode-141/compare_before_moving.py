"""Compares slow and fast before moving them: they start at the same node, so any non-empty list is a cycle."""
from typing import Optional

# ListNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        slow = fast = head
        while fast is not None and fast.next is not None:
            if slow is fast:
                return True
            slow, fast = slow.next, fast.next.next
        return False

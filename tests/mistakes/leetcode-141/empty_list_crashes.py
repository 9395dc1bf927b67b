"""Checks fast.next before checking fast itself, so an empty list (head is None) crashes on None.next."""
from typing import Optional

# ListNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        slow = fast = head
        while fast.next is not None and fast.next.next is not None:
            slow, fast = slow.next, fast.next.next
            if slow is fast:
                return True
        return False

"""Keeps the two pointers n apart from a dummy instead of n + 1, so it removes the node after the right one
(and crashes on None.next when n = 1)."""
from typing import Optional

# ListNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        dummy = ListNode(0, head)
        front = back = dummy
        for _ in range(n):  # n steps, one short: back ends on the node itself, not the one before it
            front = front.next
        while front is not None:
            front, back = front.next, back.next
        back.next = back.next.next
        return dummy.next

"""Removes the n-th node from the front, not from the end."""
from typing import Optional

# ListNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        dummy = before = ListNode(0, head)
        for _ in range(n - 1):
            before = before.next
        before.next = before.next.next
        return dummy.next

"""Reverses the links correctly but returns the old head, which is now the tail: [1,2,3] comes back as [1]."""
from typing import Optional

# ListNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        prev, cur = None, head
        while cur is not None:
            following = cur.next
            cur.next = prev
            prev, cur = cur, following
        return head

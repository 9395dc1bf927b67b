"""Points cur.next at prev before saving the original next, so the walk stops after one node: [1,2,3] gives [1]."""
from typing import Optional

# ListNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        prev, cur = None, head
        while cur is not None:
            cur.next = prev
            prev = cur
            cur = cur.next
        return prev

"""Push every node on a stack, then pop them, linking each popped node to the next one popped.

Time: O(n). Space: O(n).
"""
from typing import Optional

# ListNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        """The same nodes relinked in pop order; the last one popped (the old head) ends the list."""
        stack = []
        while head is not None:
            stack.append(head)
            head = head.next
        if not stack:
            return None
        new_head = tail = stack.pop()
        while stack:
            tail.next = stack.pop()
            tail = tail.next
        tail.next = None
        return new_head

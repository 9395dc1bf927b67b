"""Relinks the nodes from a stack but never clears the old head's next, so the new tail points back: a cycle."""
from typing import Optional

# ListNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
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
        return new_head

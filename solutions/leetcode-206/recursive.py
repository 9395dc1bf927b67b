"""Reverse the rest of the list recursively, then hang the current node behind its old successor.

LeetCode's follow-up asks for this form too; 5,000 nodes recurse 5,000 deep, which LeetCode
(and the kit's LeetCode runs) allow.

Time: O(n). Space: O(n) for the call stack.
"""
from typing import Optional

# ListNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        """The reversed list's head: the old tail, passed back up unchanged from the deepest call."""
        if head is None or head.next is None:
            return head
        new_head = self.reverseList(head.next)
        head.next.next = head  # the old successor, now the tail of the reversed rest, points back
        head.next = None
        return new_head

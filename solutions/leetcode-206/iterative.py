"""Walk the list once, turning each node's next pointer back to the node before it.

prev is the head of the part already reversed; the original next is saved before it is overwritten.

Time: O(n). Space: O(1).
"""
from typing import Optional

# ListNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        """The same nodes, linked the other way; the old tail is the new head."""
        prev, cur = None, head
        while cur is not None:
            following = cur.next
            cur.next = prev
            prev, cur = cur, following
        return prev

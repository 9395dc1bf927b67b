"""One pass with two pointers n + 1 nodes apart, starting at a dummy; when the front one falls off
the end, the back one stands just before the node to remove.

Time: O(sz). Space: O(1).
"""
from typing import Optional

# ListNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        """head with the n-th node from the end unlinked, found in one walk."""
        dummy = ListNode(0, head)
        front = back = dummy
        for _ in range(n + 1):
            front = front.next
        while front is not None:
            front, back = front.next, back.next
        back.next = back.next.next
        return dummy.next

"""Two pointers without a dummy node: when n equals the length the front pointer runs off the list and crashes."""
from typing import Optional

# ListNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        front = back = head
        for _ in range(n):
            front = front.next
        while front.next is not None:
            front, back = front.next, back.next
        back.next = back.next.next
        return head

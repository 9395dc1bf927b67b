"""Two passes: count the nodes, then walk from a dummy node to the one just before position sz - n.

Time: O(sz). Space: O(1).
"""
from typing import Optional

# ListNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        """head with the (sz - n)-th node (from 0) unlinked."""
        size, node = 0, head
        while node is not None:
            size, node = size + 1, node.next
        dummy = before = ListNode(0, head)
        for _ in range(size - n):
            before = before.next
        before.next = before.next.next
        return dummy.next

"""Insert list2's nodes into list1 one by one, each after the last node of list1 not greater than it.

list2 is sorted, so each search starts where the previous insertion left off.

Time: O(n + m). Space: O(1).
"""
from typing import Optional

# ListNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def mergeTwoLists(self, list1: Optional[ListNode], list2: Optional[ListNode]) -> Optional[ListNode]:
        """list1 with list2's nodes slotted in where they belong."""
        dummy = ListNode(0, list1)
        before = dummy  # insert after this node
        while list2 is not None:
            node, list2 = list2, list2.next
            while before.next is not None and before.next.val <= node.val:
                before = before.next
            node.next, before.next = before.next, node
            before = node
        return dummy.next

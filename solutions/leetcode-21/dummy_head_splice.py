"""A dummy head and a tail pointer: append the smaller front node each step, then the leftover list.

Time: O(n + m). Space: O(1).
"""
from typing import Optional

# ListNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def mergeTwoLists(self, list1: Optional[ListNode], list2: Optional[ListNode]) -> Optional[ListNode]:
        """The nodes of both lists spliced in sorted order."""
        dummy = tail = ListNode()
        while list1 is not None and list2 is not None:
            if list1.val <= list2.val:
                tail.next, list1 = list1, list1.next
            else:
                tail.next, list2 = list2, list2.next
            tail = tail.next
        tail.next = list1 if list1 is not None else list2  # at most one of them is left
        return dummy.next

"""Picks the head by comparing list1.val with list2.val before checking either for None: an empty list crashes."""
from typing import Optional

# ListNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def mergeTwoLists(self, list1: Optional[ListNode], list2: Optional[ListNode]) -> Optional[ListNode]:
        if list1.val <= list2.val:
            head, list1 = list1, list1.next
        else:
            head, list2 = list2, list2.next
        tail = head
        while list1 is not None and list2 is not None:
            if list1.val <= list2.val:
                tail.next, list1 = list1, list1.next
            else:
                tail.next, list2 = list2, list2.next
            tail = tail.next
        tail.next = list1 if list1 is not None else list2
        return head

"""Read every value of both lists into one Python list, sort it, and build new nodes from it.

No merging at all, so it is obviously right: the oracle.

Time: O((n + m) log(n + m)). Space: O(n + m).
"""
from typing import Optional

# ListNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def mergeTwoLists(self, list1: Optional[ListNode], list2: Optional[ListNode]) -> Optional[ListNode]:
        """A fresh sorted list of all the values."""
        values = []
        for node in (list1, list2):
            while node is not None:
                values.append(node.val)
                node = node.next
        head = None
        for value in sorted(values, reverse=True):  # built from the back
            head = ListNode(value, head)
        return head

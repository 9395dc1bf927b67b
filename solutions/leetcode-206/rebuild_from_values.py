"""Read every value into a Python list, then build brand-new nodes from that list reversed.

No link of the input is touched: it is obviously right, so it is the oracle.

Time: O(n). Space: O(n).
"""
from typing import Optional

# ListNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        """A fresh list holding head's values in the opposite order."""
        values = []
        while head is not None:
            values.append(head.val)
            head = head.next
        new_head = None
        for value in values:  # the first value ends up last
            new_head = ListNode(value, new_head)
        return new_head

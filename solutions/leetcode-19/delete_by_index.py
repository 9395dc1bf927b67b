"""Copy the values into a Python list, delete index len - n (the n-th from the end), build new nodes.

No pointers are moved in the input: the oracle.

Time: O(sz). Space: O(sz).
"""
from typing import Optional

# ListNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        """A fresh list without the n-th value from the end."""
        values = []
        while head is not None:
            values.append(head.val)
            head = head.next
        del values[len(values) - n]
        new_head = None
        for value in reversed(values):
            new_head = ListNode(value, new_head)
        return new_head

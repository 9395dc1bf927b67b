"""Read every value of every list into one Python list, sort it, and build new nodes from it.

No merging at all, so it is obviously right: the oracle.

Time: O(N log N) for N nodes in all. Space: O(N).
"""
from typing import List, Optional

# ListNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def mergeKLists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        """A fresh sorted list of all the values."""
        values = []
        for node in lists:
            while node is not None:
                values.append(node.val)
                node = node.next
        head = None
        for value in sorted(values, reverse=True):  # built from the back
            head = ListNode(value, head)
        return head

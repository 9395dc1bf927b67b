"""Merge the lists in pairs, round after round, as merge sort does: log k rounds, each touching
every node once.

Time: O(N log k). Space: O(k) for the list of lists.
"""
from typing import List, Optional

# ListNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


def merge_two(a, b):
    """Two sorted lists spliced into one."""
    dummy = tail = ListNode()
    while a is not None and b is not None:
        if a.val <= b.val:
            tail.next, a = a, a.next
        else:
            tail.next, b = b, b.next
        tail = tail.next
    tail.next = a if a is not None else b
    return dummy.next


class Solution:
    def mergeKLists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        """The one list left after halving the number of lists until one remains."""
        if not lists:
            return None
        while len(lists) > 1:
            lists = [merge_two(lists[i], lists[i + 1] if i + 1 < len(lists) else None)
                     for i in range(0, len(lists), 2)]
        return lists[0]

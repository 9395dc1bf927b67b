"""Merge the lists into the answer one after another, two-list merge each time.

Right, but each merge walks the answer built so far: with many lists it is quadratic.

Time: O(kN). Space: O(1).
"""
from typing import List, Optional

# ListNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def mergeKLists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        """The answer grown by merging in one list at a time."""
        answer = None
        for other in lists:
            dummy = tail = ListNode()
            a, b = answer, other
            while a is not None and b is not None:
                if a.val <= b.val:
                    tail.next, a = a, a.next
                else:
                    tail.next, b = b, b.next
                tail = tail.next
            tail.next = a if a is not None else b
            answer = dummy.next
        return answer

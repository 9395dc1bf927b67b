"""A min-heap of the lists' current heads as (value, list index, node): pop the smallest, append it,
push its successor. The index breaks ties, so heapq never compares two nodes.

Time: O(N log k). Space: O(k).
"""
import heapq
from typing import List, Optional

# ListNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def mergeKLists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        """The nodes of every list spliced in sorted order."""
        heap = [(node.val, i, node) for i, node in enumerate(lists) if node is not None]
        heapq.heapify(heap)
        dummy = tail = ListNode()
        while heap:
            _, i, node = heapq.heappop(heap)
            tail.next = tail = node
            if node.next is not None:
                heapq.heappush(heap, (node.next.val, i, node.next))
        tail.next = None
        return dummy.next

"""Pushes (value, node) pairs: when two heads hold the same value, heapq compares ListNodes and raises TypeError."""
import heapq
from typing import List, Optional

# ListNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def mergeKLists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        heap = [(node.val, node) for node in lists if node is not None]
        heapq.heapify(heap)
        dummy = tail = ListNode()
        while heap:
            _, node = heapq.heappop(heap)
            tail.next = tail = node
            if node.next is not None:
                heapq.heappush(heap, (node.next.val, node.next))
        return dummy.next

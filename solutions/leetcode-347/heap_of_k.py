"""Count each value, then keep a min-heap of the k best (count, value) pairs seen so far:
a pair better than the heap's weakest replaces it.

Time: O(n + d log k) for d distinct values. Space: O(d).
"""
import heapq
from collections import Counter
from typing import List


class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        """The values left in the heap of the k highest counts."""
        heap = []
        for x, count in Counter(nums).items():
            if len(heap) < k:
                heapq.heappush(heap, (count, x))
            elif count > heap[0][0]:
                heapq.heapreplace(heap, (count, x))
        return [x for _, x in heap]

"""heapq.nlargest over the Counter without key=counts.get: compares the values themselves, so returns the k largest numbers."""
import heapq
from collections import Counter
from typing import List


class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        counts = Counter(nums)
        return heapq.nlargest(k, counts)

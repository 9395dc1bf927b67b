"""Sorts the values by count but forgets reverse=True: returns the k least frequent."""
from collections import Counter
from typing import List


class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        counts = Counter(nums)
        return sorted(counts, key=counts.get)[:k]

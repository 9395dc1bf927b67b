"""Count each value in a dict, sort the distinct values by count from the highest, keep k.

Time: O(n + d log d) for d distinct values. Space: O(d).
"""
from typing import List


class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        """The first k distinct values in order of falling count."""
        counts = {}
        for x in nums:
            counts[x] = counts.get(x, 0) + 1
        return sorted(counts, key=counts.get, reverse=True)[:k]

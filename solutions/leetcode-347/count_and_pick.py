"""List the distinct values by hand, count each with a full scan, then pick k times the value
with the highest count not picked yet. No hashing, no sorting, no heap: the oracle.

Time: O(n * d + k * d) for d distinct values. Space: O(d).
"""
from typing import List


class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        """The k values that occur most often."""
        values = []
        for x in nums:
            if x not in values:
                values.append(x)
        counts = [nums.count(x) for x in values]
        taken = [False] * len(values)
        picked = []
        for _ in range(k):
            best = max((i for i in range(len(values)) if not taken[i]), key=lambda i: counts[i])
            taken[best] = True
            picked.append(values[best])
        return picked

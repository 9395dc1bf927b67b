"""Makes len(nums) buckets, indexed 0 to n - 1: a value that fills the whole list has count n and no bucket (IndexError)."""
from collections import Counter
from typing import List


class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        buckets = [[] for _ in range(len(nums))]
        for x, count in Counter(nums).items():
            buckets[count].append(x)
        top = []
        for count in range(len(buckets) - 1, 0, -1):
            top.extend(buckets[count])
            if len(top) >= k:
                break
        return top[:k]

"""Count each value, then put it in a bucket indexed by its count (0 to n); walk the buckets
from the highest count down until k values are collected. The statement promises the k-th
and (k+1)-th counts differ, so no bucket is ever cut in two.

Time: O(n). Space: O(n) for the buckets.
"""
from collections import Counter
from typing import List


class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        """The values of the fullest buckets, from the top, until there are k."""
        buckets = [[] for _ in range(len(nums) + 1)]
        for x, count in Counter(nums).items():
            buckets[count].append(x)
        top = []
        for count in range(len(nums), 0, -1):
            top.extend(buckets[count])
            if len(top) >= k:
                break
        return top[:k]

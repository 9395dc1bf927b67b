"""Counts the values but never orders them by count: returns the first k distinct values in order of appearance."""
from collections import Counter
from typing import List


class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        return list(Counter(nums))[:k]

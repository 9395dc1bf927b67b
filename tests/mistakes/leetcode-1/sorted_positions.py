"""Sorts with two pointers and returns positions in the sorted list, not the original indices."""
from typing import List


class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        order = sorted(nums)
        lo, hi = 0, len(order) - 1
        while lo < hi:
            total = order[lo] + order[hi]
            if total == target:
                return [lo, hi]
            if total < target:
                lo += 1
            else:
                hi -= 1
        return []

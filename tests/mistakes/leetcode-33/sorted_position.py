"""Bisects sorted(nums) and returns the position in the sorted order, not the index in nums."""
from bisect import bisect_left
from typing import List


class Solution:
    def search(self, nums: List[int], target: int) -> int:
        ordered = sorted(nums)
        i = bisect_left(ordered, target)
        return i if i < len(ordered) and ordered[i] == target else -1

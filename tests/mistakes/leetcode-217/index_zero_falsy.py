"""Keeps each value's index in a dict and tests it for truth: index 0 is falsy, so a repeat of nums[0] is missed."""
from typing import List


class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        seen = {}
        for i, x in enumerate(nums):
            if seen.get(x):
                return True
            seen[x] = i
        return False

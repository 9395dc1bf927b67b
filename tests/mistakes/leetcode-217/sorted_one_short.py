"""Sorts, then stops the neighbour loop one pair short: a repeat of the largest value is missed."""
from typing import List


class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        nums.sort()
        for i in range(len(nums) - 2):
            if nums[i] == nums[i + 1]:
                return True
        return False

"""Compares each number with its neighbour without sorting first: copies that sit apart are missed."""
from typing import List


class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        for i in range(len(nums) - 1):
            if nums[i] == nums[i + 1]:
                return True
        return False

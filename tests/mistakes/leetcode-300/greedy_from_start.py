"""Greedy from the first number: takes every number larger than the last one taken; an early peak blocks the rest."""
from typing import List


class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        count, last = 1, nums[0]
        for x in nums[1:]:
            if x > last:
                count, last = count + 1, x
        return count

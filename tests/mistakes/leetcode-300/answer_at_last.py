"""Returns the length ending at the last number (dp[-1]) instead of the best over all positions."""
from typing import List


class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        ending = [1] * len(nums)
        for i in range(len(nums)):
            for j in range(i):
                if nums[j] < nums[i]:
                    ending[i] = max(ending[i], ending[j] + 1)
        return ending[-1]

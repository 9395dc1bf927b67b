"""Sorts and lets a repeated number lengthen the run: [1, 2, 2, 3] gives 4 instead of 3."""
from typing import List


class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        if not nums:
            return 0
        nums = sorted(nums)
        best = run = 1
        for i in range(1, len(nums)):
            run = run + 1 if nums[i] - nums[i - 1] <= 1 else 1
            best = max(best, run)
        return best

"""Counts the longest run of rising neighbours: a contiguous stretch, not a subsequence."""
from typing import List


class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        best = run = 1
        for a, b in zip(nums, nums[1:]):
            run = run + 1 if a < b else 1
            best = max(best, run)
        return best

"""Marks each number in an array indexed from min(nums) to max(nums): numbers 10^9 apart need an array too big to build."""
from typing import List


class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        if not nums:
            return 0
        low = min(nums)
        seen = [False] * (max(nums) - low + 1)
        for x in nums:
            seen[x - low] = True
        best = run = 0
        for mark in seen:
            run = run + 1 if mark else 0
            best = max(best, run)
        return best

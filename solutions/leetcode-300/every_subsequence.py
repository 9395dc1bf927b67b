"""Try every subsequence (every subset of positions, kept in order) and keep the longest strictly increasing one.

Time: O(2^n * n). Space: O(n).
"""
from typing import List


class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        """The length of the longest strictly increasing subsequence of nums."""
        n = len(nums)
        best = 0
        for mask in range(1, 1 << n):
            picked = [nums[i] for i in range(n) if mask >> i & 1]
            if len(picked) > best and all(a < b for a, b in zip(picked, picked[1:])):
                best = len(picked)
        return best

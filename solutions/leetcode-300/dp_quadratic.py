"""For each position, the longest increasing subsequence ending there: 1 + the best over earlier smaller numbers.

The answer is the best over all end positions, not the one ending at the last number.

Time: O(n^2). Space: O(n).
"""
from typing import List


class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        """The length of the longest strictly increasing subsequence of nums."""
        ending = [1] * len(nums)
        for i, x in enumerate(nums):
            for j in range(i):
                if nums[j] < x and ending[j] + 1 > ending[i]:
                    ending[i] = ending[j] + 1
        return max(ending)

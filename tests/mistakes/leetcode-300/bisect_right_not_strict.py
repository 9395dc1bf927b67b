"""Patience sorting with bisect_right: an equal number extends the subsequence, so [7, 7, 7] gives 3."""
from bisect import bisect_right
from typing import List


class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        tails = []
        for x in nums:
            k = bisect_right(tails, x)
            if k == len(tails):
                tails.append(x)
            else:
                tails[k] = x
        return len(tails)

"""Patience sorting: tails[k] is the smallest number that ends an increasing subsequence of length k + 1.

Each number replaces the first tail that is >= it (bisect_left, so an equal number
does not extend a subsequence), or extends the list when it beats every tail.

Time: O(n log n). Space: O(n).
"""
from bisect import bisect_left
from typing import List


class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        """The length of the longest strictly increasing subsequence of nums."""
        tails = []
        for x in nums:
            k = bisect_left(tails, x)
            if k == len(tails):
                tails.append(x)
            else:
                tails[k] = x
        return len(tails)

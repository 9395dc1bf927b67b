"""Grow runs as numbers arrive: a dict keeps, at each end of every run, that run's length.

A new number x joins the run ending at x - 1 and the run starting at x + 1 (their
lengths are stored at those ends), and the merged length is written at both new ends.
Inner numbers keep stale lengths, but no later number can land next to them.

Time: O(n). Space: O(n).
"""
from typing import List


class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        """The length of the longest run of consecutive integers among nums (0 for none)."""
        length = {}
        best = 0
        for x in nums:
            if x in length:
                continue
            left, right = length.get(x - 1, 0), length.get(x + 1, 0)
            total = left + 1 + right
            length[x] = total
            length[x - left] = total
            length[x + right] = total
            best = max(best, total)
        return best

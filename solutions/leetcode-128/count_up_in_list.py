"""From every number x, count x, x + 1, x + 2, ... for as long as each is in the list, searching the list itself.

No set, no sorting: the definition of a run of consecutive values, checked by plain
membership in the list. Obviously right, and the oracle.

Time: O(n^3) at worst (n starts, runs of up to n, each membership test O(n)). Space: O(1).
"""
from typing import List


class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        """The length of the longest run of consecutive integers among nums (0 for none)."""
        best = 0
        for x in nums:
            length = 0
            while x + length in nums:
                length += 1
            best = max(best, length)
        return best

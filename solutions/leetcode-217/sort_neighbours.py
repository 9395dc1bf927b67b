"""Sort a copy: equal values end up side by side, so a repeat is a pair of equal neighbours.

Time: O(n log n). Space: O(n) for the sorted copy.
"""
from typing import List


class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        """True when two neighbours of the sorted numbers are equal."""
        ordered = sorted(nums)
        for i in range(1, len(ordered)):
            if ordered[i - 1] == ordered[i]:
                return True
        return False

"""Compare every pair of positions: the definition of a repeat itself, so it is the oracle.

Time: O(n^2). Space: O(1).
"""
from typing import List


class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        """True when two different positions hold equal numbers."""
        for i in range(len(nums)):
            for j in range(i + 1, len(nums)):
                if nums[i] == nums[j]:
                    return True
        return False

"""Look at every index in turn until the target turns up.

It uses neither the order nor the rotation, so it is obviously right: the oracle.

Time: O(n). Space: O(1).
"""
from typing import List


class Solution:
    def search(self, nums: List[int], target: int) -> int:
        """The index of target in nums, or -1."""
        for i, x in enumerate(nums):
            if x == target:
                return i
        return -1

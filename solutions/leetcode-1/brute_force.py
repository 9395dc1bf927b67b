"""Try every pair of indices: the definition itself, so it is the oracle.

Time: O(n^2). Space: O(1).
"""
from typing import List


class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        """The first pair i < j, in order, with nums[i] + nums[j] == target."""
        for i in range(len(nums)):
            for j in range(i + 1, len(nums)):
                if nums[i] + nums[j] == target:
                    return [i, j]
        return []

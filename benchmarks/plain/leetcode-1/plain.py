"""One pass with a dict from value to index: for each number, look up target minus it among
the numbers already seen; if it is there, that is the pair, else record this number.

Time: O(n). Space: O(n).
Written plainly: a for loop over range(len(nums)), a plain dict, no enumerate tricks.
"""
from typing import List


class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        for i in range(len(nums)):
            need = target - nums[i]
            if need in seen:
                return [seen[need], i]
            seen[nums[i]] = i
        return []

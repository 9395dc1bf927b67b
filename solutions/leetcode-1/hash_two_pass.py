"""Two passes: index every value first, then look each number's complement up.

The dict keeps the last index of each value, so a number pairing with an equal
number (3 + 3) finds the other copy, and i != j rules out using one index twice.

Time: O(n). Space: O(n).
"""
from typing import List


class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        """Indices of the two numbers that add up to target."""
        where = {x: i for i, x in enumerate(nums)}
        for i, x in enumerate(nums):
            j = where.get(target - x)
            if j is not None and j != i:
                return [i, j]
        return []

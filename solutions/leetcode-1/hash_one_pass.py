"""One pass with a dict from value to index: each number looks back for its complement.

When nums[j] arrives, its partner target - nums[j] is either already in the dict
(answer found) or still to come, in which case nums[j] waits in the dict for it.

Time: O(n). Space: O(n).
"""
from typing import List


class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        """Indices of the two numbers that add up to target."""
        seen = {}
        for j, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], j]
            seen[x] = j
        return []

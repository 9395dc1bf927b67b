"""Sort the indices by value, then close in from both ends.

With values sorted, a sum too small moves the left end right and a sum too big
moves the right end left; the pair that hits target is found in one sweep.

Time: O(n log n). Space: O(n).
"""
from typing import List


class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        """Indices of the two numbers that add up to target, found in sorted order."""
        order = sorted(range(len(nums)), key=nums.__getitem__)
        lo, hi = 0, len(order) - 1
        while lo < hi:
            total = nums[order[lo]] + nums[order[hi]]
            if total == target:
                return [order[lo], order[hi]]
            if total < target:
                lo += 1
            else:
                hi -= 1
        return []

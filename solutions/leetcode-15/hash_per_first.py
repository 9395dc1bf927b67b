"""Sort; for each new first value, walk the rest with a set of values seen, looking up each one's complement.

For a fixed first value a, a later b pairs with any earlier c == -a - b seen since a.
Triplets go into a set as sorted tuples, so one found twice is kept once.

Time: O(n^2). Space: O(n + answer).
"""
from typing import List


class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        """Every distinct triplet of values at three different positions that sums to 0."""
        nums = sorted(nums)
        found = set()
        for i, a in enumerate(nums):
            if i > 0 and a == nums[i - 1]:
                continue
            seen = set()
            for b in nums[i + 1:]:
                c = -a - b
                if c in seen:
                    found.add((a, c, b))
                seen.add(b)
        return [list(triplet) for triplet in found]

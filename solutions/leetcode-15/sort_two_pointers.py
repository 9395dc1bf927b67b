"""Sort; fix the smallest value, then close two pointers in on the rest, skipping repeated values.

On sorted numbers a sum too small moves the left pointer right and one too big moves the
right pointer left. Skipping a first value equal to the previous one, and stepping both
pointers past equal values after a match, lists each triplet once.

Time: O(n^2). Space: O(1) beyond the sort and the answer.
"""
from typing import List


class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        """Every distinct triplet of values at three different positions that sums to 0."""
        nums = sorted(nums)
        n = len(nums)
        out = []
        for i in range(n - 2):
            if nums[i] > 0:
                break
            if i > 0 and nums[i] == nums[i - 1]:
                continue
            lo, hi = i + 1, n - 1
            while lo < hi:
                total = nums[i] + nums[lo] + nums[hi]
                if total < 0:
                    lo += 1
                elif total > 0:
                    hi -= 1
                else:
                    out.append([nums[i], nums[lo], nums[hi]])
                    lo += 1
                    hi -= 1
                    while lo < hi and nums[lo] == nums[lo - 1]:
                        lo += 1
        return out

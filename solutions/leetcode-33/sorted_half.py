"""One binary search: at every step one half around mid is sorted, and its ends say whether target is in it.

If nums[lo] <= nums[mid] the left half is sorted, so target is there exactly when
nums[lo] <= target < nums[mid]; otherwise the right half is sorted and the same
test is made on it. The half that cannot hold target is dropped.

Time: O(log n). Space: O(1).
"""
from typing import List


class Solution:
    def search(self, nums: List[int], target: int) -> int:
        """The index of target in nums, or -1."""
        lo, hi = 0, len(nums) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            if nums[mid] == target:
                return mid
            if nums[lo] <= nums[mid]:
                if nums[lo] <= target < nums[mid]:
                    hi = mid - 1
                else:
                    lo = mid + 1
            else:
                if nums[mid] < target <= nums[hi]:
                    lo = mid + 1
                else:
                    hi = mid - 1
        return -1

"""Find the rotation k, then binary search the list as if unrotated, reading position p at (p + k) % n.

Once the smallest number's index k is known, nums[(p + k) % n] is the p-th number
in sorted order, so an ordinary binary search on p works.

Time: O(log n). Space: O(1).
"""
from typing import List


class Solution:
    def search(self, nums: List[int], target: int) -> int:
        """The index of target in nums, or -1."""
        n = len(nums)
        lo, hi = 0, n - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] > nums[hi]:
                lo = mid + 1
            else:
                hi = mid
        k = lo
        lo, hi = 0, n - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            real = (mid + k) % n
            if nums[real] == target:
                return real
            if nums[real] < target:
                lo = mid + 1
            else:
                hi = mid - 1
        return -1

"""Find the smallest number's index by binary search, then bisect in the one sorted run that can hold target.

Numbers before the pivot are all larger than the last number and numbers from it
on are not, which makes "nums[i] > nums[-1]" a monotone test to search on. The two
runs nums[:pivot] and nums[pivot:] are each sorted.

Time: O(log n). Space: O(1).
"""
from bisect import bisect_left
from typing import List


class Solution:
    def search(self, nums: List[int], target: int) -> int:
        """The index of target in nums, or -1."""
        lo, hi = 0, len(nums) - 1
        while lo < hi:  # the first index whose number is not above the last one
            mid = (lo + hi) // 2
            if nums[mid] > nums[-1]:
                lo = mid + 1
            else:
                hi = mid
        pivot = lo
        if target <= nums[-1]:
            start, end = pivot, len(nums)
        else:
            start, end = 0, pivot
        i = bisect_left(nums, target, start, end)
        return i if i < end and nums[i] == target else -1

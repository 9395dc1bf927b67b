"""Finds the pivot as if the list were always turned (comparing with nums[0]), so a list not rotated at all gets pivot n - 1 and its last number is missed."""
from bisect import bisect_left
from typing import List


class Solution:
    def search(self, nums: List[int], target: int) -> int:
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] >= nums[0]:
                lo = mid + 1
            else:
                hi = mid
        pivot = lo
        if target >= nums[0]:
            start, end = 0, pivot
        else:
            start, end = pivot, len(nums)
        i = bisect_left(nums, target, start, end)
        return i if i < end and nums[i] == target else -1

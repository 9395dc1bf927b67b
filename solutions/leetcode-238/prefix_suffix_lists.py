"""Everything except nums[i] is what lies left of i times what lies right of it: build the
list of products left of each position and the list right of each, and multiply them.

Time: O(n). Space: O(n) for the two lists.
"""
from typing import List


class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        """left[i] * right[i], where left[i] = nums[0] * ... * nums[i - 1] and right[i] = nums[i + 1] * ..."""
        n = len(nums)
        left = [1] * n
        for i in range(1, n):
            left[i] = left[i - 1] * nums[i - 1]
        right = [1] * n
        for i in range(n - 2, -1, -1):
            right[i] = right[i + 1] * nums[i + 1]
        return [left[i] * right[i] for i in range(n)]

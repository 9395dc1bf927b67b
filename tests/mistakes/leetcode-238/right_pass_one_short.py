"""Stops the right-to-left pass before index 0, so answer[0] never gets the product of the numbers after it."""
from typing import List


class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        n = len(nums)
        answer = [1] * n
        for i in range(1, n):
            answer[i] = answer[i - 1] * nums[i - 1]
        right = 1
        for i in range(n - 1, 0, -1):
            answer[i] *= right
            right *= nums[i]
        return answer

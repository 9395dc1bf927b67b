"""The answer list first holds the product left of each position; a second pass from the right
multiplies in a running product of what lies to the right. No list besides the answer.

Time: O(n). Space: O(1) beyond the answer, as LeetCode's follow-up asks.
"""
from typing import List


class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        """Left products in a forward pass, right products folded in on the way back."""
        n = len(nums)
        answer = [1] * n
        left = 1
        for i in range(n):
            answer[i] = left
            left *= nums[i]
        right = 1
        for i in range(n - 1, -1, -1):
            answer[i] *= right
            right *= nums[i]
        return answer

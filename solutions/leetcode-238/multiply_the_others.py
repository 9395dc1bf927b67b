"""For each position, multiply every number at the other positions: the definition itself, so it is the oracle.

Time: O(n^2). Space: O(1) beyond the answer.
"""
from typing import List


class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        """answer[i] = the product of nums[j] over every j != i."""
        answer = []
        for i in range(len(nums)):
            product = 1
            for j in range(len(nums)):
                if j != i:
                    product *= nums[j]
            answer.append(product)
        return answer

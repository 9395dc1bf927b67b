"""Uses inclusive prefix products and reads prefix[i - 1] at i = 0: Python's index -1 wraps to the whole product."""
from typing import List


class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        n = len(nums)
        prefix, suffix = nums[:], nums[:]
        for i in range(1, n):
            prefix[i] = prefix[i - 1] * nums[i]
        for i in range(n - 2, -1, -1):
            suffix[i] = suffix[i + 1] * nums[i]
        return [prefix[i - 1] * (suffix[i + 1] if i + 1 < n else 1) for i in range(n)]

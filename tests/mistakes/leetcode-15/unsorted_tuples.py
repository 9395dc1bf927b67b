"""Keeps found triplets in a set as tuples in the order met, so (-1, 0, 1) and (0, -1, 1) both stay."""
from typing import List


class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        found = set()
        for i in range(len(nums)):
            seen = set()
            for j in range(i + 1, len(nums)):
                c = -nums[i] - nums[j]
                if c in seen:
                    found.add((nums[i], c, nums[j]))
                seen.add(nums[j])
        return [list(t) for t in found]

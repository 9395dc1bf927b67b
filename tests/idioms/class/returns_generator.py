"""Wrong on purpose: returns a generator, which LeetCode cannot serialise as a list."""


class Solution:
    def twoSum(self, nums, target):
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return (k for k in (seen[target - x], i))
            seen[x] = i

"""Returns the indices as a tuple (return i, j), as a popular Korean interview book does:
LeetCode serialises it as a JSON array and accepts it."""


class Solution:
    def twoSum(self, nums, target):
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return seen[target - x], i
            seen[x] = i

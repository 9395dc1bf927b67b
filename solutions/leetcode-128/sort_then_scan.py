"""Sort the distinct numbers and walk them, extending the current run while each is one more than the last.

Duplicates are dropped first, so an equal neighbour neither breaks nor lengthens a
run; the best run is kept after every step, the last one included.

Time: O(n log n). Space: O(n).
"""
from typing import List


class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        """The length of the longest run of consecutive integers among nums (0 for none)."""
        values = sorted(set(nums))
        best = run = 0
        for i, x in enumerate(values):
            run = run + 1 if i > 0 and x == values[i - 1] + 1 else 1
            best = max(best, run)
        return best

"""For each line, binary-search the farthest line on each side that is at least as tall.

The running maximum from the left never decreases, so the first index where it reaches
height[i] is the leftmost line as tall as line i; the same on the reversed list gives the
rightmost. Line i as the shorter side then holds height[i] times the larger distance.

Time: O(n log n). Space: O(n).
"""
from bisect import bisect_left
from itertools import accumulate
from typing import List


class Solution:
    def maxArea(self, height: List[int]) -> int:
        """The most water two lines can hold."""
        n = len(height)
        from_left = list(accumulate(height, max))
        from_right = list(accumulate(reversed(height), max))
        best = 0
        for i, h in enumerate(height):
            leftmost = bisect_left(from_left, h)
            rightmost = n - 1 - bisect_left(from_right, h)
            best = max(best, h * max(i - leftmost, rightmost - i))
        return best

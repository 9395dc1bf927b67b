"""Loops while left < right - 1, so the last pair the pointers meet, two neighbouring lines, is never measured."""
from typing import List


class Solution:
    def maxArea(self, height: List[int]) -> int:
        left, right, best = 0, len(height) - 1, 0
        while left < right - 1:
            best = max(best, (right - left) * min(height[left], height[right]))
            if height[left] < height[right]:
                left += 1
            else:
                right -= 1
        return best

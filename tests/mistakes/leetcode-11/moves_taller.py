"""Moves the taller end inward instead of the shorter one, so the short end that caps every container stays."""
from typing import List


class Solution:
    def maxArea(self, height: List[int]) -> int:
        left, right, best = 0, len(height) - 1, 0
        while left < right:
            best = max(best, (right - left) * min(height[left], height[right]))
            if height[left] > height[right]:
                left += 1
            else:
                right -= 1
        return best

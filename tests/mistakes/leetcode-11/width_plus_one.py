"""Counts the lines from i to j (j - i + 1) as the width instead of the gap between them (j - i)."""
from typing import List


class Solution:
    def maxArea(self, height: List[int]) -> int:
        left, right, best = 0, len(height) - 1, 0
        while left < right:
            best = max(best, (right - left + 1) * min(height[left], height[right]))
            if height[left] < height[right]:
                left += 1
            else:
                right -= 1
        return best

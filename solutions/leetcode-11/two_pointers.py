"""Start with the widest container and move the shorter end inward, keeping the best area seen.

Every container that keeps the shorter end is narrower and no taller than the current
one (the shorter line still caps it), so that end can be dropped without missing the
answer. Each step drops one line: n - 1 steps.

Time: O(n). Space: O(1).
"""
from typing import List


class Solution:
    def maxArea(self, height: List[int]) -> int:
        """The most water two lines can hold."""
        left, right = 0, len(height) - 1
        best = 0
        while left < right:
            if height[left] < height[right]:
                best = max(best, (right - left) * height[left])
                left += 1
            else:
                best = max(best, (right - left) * height[right])
                right -= 1
        return best

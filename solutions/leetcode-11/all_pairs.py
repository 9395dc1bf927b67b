"""Measure the water between every pair of lines and keep the most: the definition itself, so the oracle.

Two lines i < j hold (j - i) * min(height[i], height[j]): the width between them
times the shorter line, since water above it would spill.

Time: O(n^2). Space: O(1).
"""
from typing import List


class Solution:
    def maxArea(self, height: List[int]) -> int:
        """The largest (j - i) * min(height[i], height[j]) over i < j."""
        best = 0
        for i in range(len(height)):
            for j in range(i + 1, len(height)):
                best = max(best, (j - i) * min(height[i], height[j]))
        return best

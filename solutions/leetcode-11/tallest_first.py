"""Visit the lines from the tallest down, tracking the leftmost and rightmost index visited so far.

When line i is visited, every line already visited is at least as tall, so the best
container with i as its shorter side reaches to the farthest of them: the leftmost or
the rightmost index seen. Trying that for every i covers every container's shorter side.

Time: O(n log n). Space: O(n).
"""
from typing import List


class Solution:
    def maxArea(self, height: List[int]) -> int:
        """The most water two lines can hold."""
        order = sorted(range(len(height)), key=lambda i: -height[i])
        lowest = highest = order[0]
        best = 0
        for i in order[1:]:
            lowest, highest = min(lowest, i), max(highest, i)
            best = max(best, height[i] * max(i - lowest, highest - i))
        return best

"""Kadane's maximum subarray over the day-to-day changes: a buy-sell span earns the sum of its changes.

prices[j] - prices[i] is the sum of changes i+1..j, so the best profit is the largest
sum of a run of consecutive changes, or 0 for the empty run (no trade).

Time: O(n). Space: O(1).
"""
from typing import List


class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        """The largest sum of consecutive daily changes, at least 0."""
        best = ending_here = 0
        for i in range(1, len(prices)):
            ending_here = max(0, ending_here + prices[i] - prices[i - 1])
            best = max(best, ending_here)
        return best

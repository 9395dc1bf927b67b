"""Try every buy day with every later sell day and keep the best profit (0 when none is positive).

The definition itself, with nothing clever: the oracle.

Time: O(n^2). Space: O(1).
"""
from typing import List


class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        """The largest prices[j] - prices[i] over i < j, or 0."""
        best = 0
        for i in range(len(prices)):
            for j in range(i + 1, len(prices)):
                best = max(best, prices[j] - prices[i])
        return best

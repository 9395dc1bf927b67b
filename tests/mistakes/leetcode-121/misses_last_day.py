"""Stops the loop one day early, so a sale on the last day is never considered."""
from typing import List


class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        best, cheapest = 0, prices[0]
        for i in range(1, len(prices) - 1):
            best = max(best, prices[i] - cheapest)
            cheapest = min(cheapest, prices[i])
        return best

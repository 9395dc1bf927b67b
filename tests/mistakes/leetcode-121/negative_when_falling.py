"""Starts the best profit at minus infinity, so prices that never rise give a negative answer instead of 0."""
from typing import List


class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        best = float("-inf")
        cheapest = prices[0]
        for price in prices[1:]:
            best = max(best, price - cheapest)
            cheapest = min(cheapest, price)
        return best if best != float("-inf") else 0

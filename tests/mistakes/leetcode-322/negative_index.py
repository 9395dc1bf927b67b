"""Reads best[x - c] without checking c <= x: Python's negative index reads the table's end, or past it."""
from typing import List


class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        best = [0] + [amount + 1] * amount
        for x in range(1, amount + 1):
            for c in coins:
                best[x] = min(best[x], best[x - c] + 1)
        return best[amount] if best[amount] <= amount else -1

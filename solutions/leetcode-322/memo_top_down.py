"""Recursion with a memo: fewest(x) = 1 + min(fewest(x - c)) over the coins c <= x, each x solved once.

The recursion goes amount / min(coins) calls deep (10,000 with a coin of 1), past
Python's default limit of 1,000, so the limit is raised.

Time: O(amount * len(coins)). Space: O(amount) for the memo and the call stack.
"""
import sys
from typing import List


class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        """The fewest coins summing to amount, or -1 when no combination does."""
        sys.setrecursionlimit(max(sys.getrecursionlimit(), 4 * amount + 100))
        memo = {0: 0}
        none = float("inf")

        def fewest(x):
            if x in memo:
                return memo[x]
            best = none
            for c in coins:
                if c <= x:
                    best = min(best, fewest(x - c) + 1)
            memo[x] = best
            return best

        answer = fewest(amount)
        return -1 if answer == none else answer

"""Try every multiset of coins, fewest coins first: the first size with a multiset summing to amount is the answer.

Coins larger than amount can never be used, so they are dropped. k coins add up to
at most k times the largest one and at least k times the smallest one, so only the
sizes in between are tried; past them the answer is -1.

Time: O(C(amount / c + k, k)) multisets for k kinds of coins (exponential). Space: O(amount / c).
"""
from itertools import combinations_with_replacement
from typing import List


class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        """The fewest coins summing to amount, or -1 when no multiset does."""
        usable = sorted(set(c for c in coins if c <= amount))
        if amount == 0:
            return 0
        if not usable:
            return -1
        for size in range(-(-amount // usable[-1]), amount // usable[0] + 1):
            for chosen in combinations_with_replacement(usable, size):
                if sum(chosen) == amount:
                    return size
        return -1

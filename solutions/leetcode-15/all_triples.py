"""Try every triple of positions i < j < k and keep each zero-sum triple once, as a sorted tuple in a set.

The definition itself: three different positions, sum zero, each set of three values
once. Obviously right, and the oracle.

Time: O(n^3). Space: O(answer).
"""
from itertools import combinations
from typing import List


class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        """Every distinct triplet of values at three different positions that sums to 0."""
        found = set()
        for a, b, c in combinations(nums, 3):
            if a + b + c == 0:
                found.add(tuple(sorted((a, b, c))))
        return [list(triplet) for triplet in sorted(found)]

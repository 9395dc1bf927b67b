"""A Fenwick tree over the values' ranks holds, per value, the longest subsequence ending at it so far.

For each number, the best length ending at a strictly smaller value (a prefix
maximum over the ranks below it) plus 1 is recorded at its own rank.

Time: O(n log n). Space: O(n).
"""
from typing import List


class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        """The length of the longest strictly increasing subsequence of nums."""
        rank = {v: r for r, v in enumerate(sorted(set(nums)), 1)}
        size = len(rank)
        tree = [0] * (size + 1)
        best = 0
        for x in nums:
            r = rank[x]
            i, longest = r - 1, 0  # prefix maximum over ranks 1 .. r - 1: strictly smaller values
            while i > 0:
                if tree[i] > longest:
                    longest = tree[i]
                i -= i & -i
            longest += 1
            best = max(best, longest)
            i = r
            while i <= size:
                if tree[i] < longest:
                    tree[i] = longest
                i += i & -i
        return best

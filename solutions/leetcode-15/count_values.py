"""Count each value; for each pair of distinct values a <= b, the third must be c = -a - b >= b, present often enough.

Working on distinct values with their counts lists each triplet once by construction:
a <= b <= c, and a value used twice or three times needs that many copies.

Time: O(d^2) for d distinct values, so O(n^2). Space: O(d + answer).
"""
from collections import Counter
from typing import List


class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        """Every distinct triplet of values at three different positions that sums to 0."""
        count = Counter(nums)
        values = sorted(count)
        out = []
        for i, a in enumerate(values):
            if a > 0:
                break
            for b in values[i:]:
                c = -a - b
                if c < b:
                    break
                if c not in count:
                    continue
                if a == c:  # all three equal: zero, three times
                    if count[a] >= 3:
                        out.append([a, b, c])
                elif a == b or b == c:  # one value used twice
                    if count[b] >= 2:
                        out.append([a, b, c])
                else:
                    out.append([a, b, c])
        return out

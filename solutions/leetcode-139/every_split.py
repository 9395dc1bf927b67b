"""Try every way to cut s: each of the n - 1 gaps is cut or not, and every piece must be a word.

No recursion, no table: the 2^(n-1) sets of cut points are enumerated as bit masks
and each one is checked piece by piece, so it is obviously right: the oracle.

Time: O(2^n * n). Space: O(n + total length of the words).
"""
from typing import List


class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        """True when some way of cutting s leaves only dictionary words."""
        words = set(wordDict)
        n = len(s)
        for mask in range(1 << (n - 1)):
            cuts = [0] + [i + 1 for i in range(n - 1) if mask >> i & 1] + [n]
            if all(s[a:b] in words for a, b in zip(cuts, cuts[1:])):
                return True
        return False

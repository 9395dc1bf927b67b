"""Top-down: can the rest of s from position i be cut? Try each word that fits there, remembering each i's answer.

Without the memo this recursion tries exponentially many splits on "aaa...ab";
with it, each of the n + 1 positions is solved once.

Time: O(n * W * L) for W words of length up to L. Space: O(n) for the memo and the recursion.
"""
from functools import lru_cache
from typing import List


class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        """True when s can be cut into dictionary words."""

        @lru_cache(maxsize=None)
        def can(i):
            if i == len(s):
                return True
            return any(s.startswith(w, i) and can(i + len(w)) for w in wordDict)

        return can(0)

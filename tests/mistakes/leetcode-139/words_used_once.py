"""Backtracks correctly but lets each word be used at most once, though words may be reused ("applepenapple")."""
from typing import List


class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        def cut(i, unused):
            if i == len(s):
                return True
            return any(s.startswith(w, i) and cut(i + len(w), unused - {w}) for w in unused)

        return cut(0, frozenset(wordDict))

"""Erases every dictionary word from s (longest first) with str.replace and checks that nothing is left: "cars" loses "car" and keeps "s"."""
from typing import List


class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        for w in sorted(wordDict, key=len, reverse=True):
            s = s.replace(w, "")
        return s == ""

"""Bottom-up DP: ok[i] says whether s[:i] can be cut into words; ok[i] holds when some ok[j] does and s[j:i] is a word.

Only j with i - j no longer than the longest word can work, and the words sit in a
set, so each position tries at most 20 slices.

Time: O(n * L^2) for the longest word's length L (<= 20): each slice costs O(L). Space: O(n + total length of the words).
"""
from typing import List


class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        """True when s can be cut into dictionary words."""
        words = set(wordDict)
        longest = max(map(len, words))
        ok = [True] + [False] * len(s)
        for i in range(1, len(s) + 1):
            for j in range(max(0, i - longest), i):
                if ok[j] and s[j:i] in words:
                    ok[i] = True
                    break
        return ok[len(s)]

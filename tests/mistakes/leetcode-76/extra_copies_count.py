"""Counts every matching letter toward the total, surplus copies included, so "aa" passes for t = "ab"."""
from collections import Counter


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = Counter(t)
        have = Counter()
        matched, left = 0, 0
        best = ""
        for right, ch in enumerate(s):
            if ch in need:
                have[ch] += 1
                matched += 1
            while matched >= len(t):
                if not best or right - left + 1 < len(best):
                    best = s[left:right + 1]
                first = s[left]
                if first in need:
                    have[first] -= 1
                    matched -= 1
                left += 1
        return best

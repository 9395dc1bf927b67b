"""Compares letters case-insensitively (lowercases s and t), so 'A' stands in for 'a'."""
from collections import Counter


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        low, need = s.lower(), Counter(t.lower())
        missing, left = len(t), 0
        best = ""
        for right, ch in enumerate(low):
            if need[ch] > 0:
                missing -= 1
            need[ch] -= 1
            while missing == 0:
                if not best or right - left + 1 < len(best):
                    best = s[left:right + 1]
                need[low[left]] += 1
                if need[low[left]] > 0:
                    missing += 1
                left += 1
        return best

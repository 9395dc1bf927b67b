"""Slide a window with per-letter needs and one count of letters still missing.

Growing the right end lowers a letter's need, and lowers "missing" only while that
need was positive (a surplus copy does not help). While missing is 0 the window
holds t: record it, then drop letters from the left until one that is needed goes.

Time: O(m + n). Space: O(k) for k distinct letters (at most 52).
"""
from collections import Counter


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        """The shortest substring of s holding every letter of t with its count, or ""."""
        need = Counter(t)
        missing = len(t)
        left = 0
        best_start, best_len = 0, len(s) + 1
        for right, ch in enumerate(s):
            if need[ch] > 0:
                missing -= 1
            need[ch] -= 1
            if missing == 0:
                while need[s[left]] < 0:  # surplus letters on the left can go
                    need[s[left]] += 1
                    left += 1
                if right - left + 1 < best_len:
                    best_start, best_len = left, right - left + 1
                need[s[left]] += 1  # give up the needed letter on the left, and look for the next window
                missing += 1
                left += 1
        return s[best_start:best_start + best_len] if best_len <= len(s) else ""

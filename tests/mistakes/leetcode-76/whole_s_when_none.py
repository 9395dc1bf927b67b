"""Starts the best answer as s itself and returns it unchanged when no window holds t, instead of ""."""
from collections import Counter


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = Counter(t)
        missing, left = len(t), 0
        best = s
        for right, ch in enumerate(s):
            if need[ch] > 0:
                missing -= 1
            need[ch] -= 1
            while missing == 0:
                if right - left + 1 < len(best):
                    best = s[left:right + 1]
                need[s[left]] += 1
                if need[s[left]] > 0:
                    missing += 1
                left += 1
        return best

"""Returns the first window that holds t, shrunk from the left, instead of the shortest over all of s: "ADOBECODEBANC" gives "ADOBEC"."""
from collections import Counter


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = Counter(t)
        missing, left = len(t), 0
        for right, ch in enumerate(s):
            if need[ch] > 0:
                missing -= 1
            need[ch] -= 1
            if missing == 0:
                while need[s[left]] < 0:
                    need[s[left]] += 1
                    left += 1
                return s[left:right + 1]
        return ""

"""Slide only over the positions of letters that occur in t, comparing how many letters are fully met.

Letters absent from t never change whether a window holds t, so the window's ends
jump between the positions that matter. "formed" counts the distinct letters whose
count in the window reached their count in t.

Time: O(m + n). Space: O(m) for the filtered positions.
"""
from collections import Counter, defaultdict


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        """The shortest substring of s holding every letter of t with its count, or ""."""
        need = Counter(t)
        spots = [(i, ch) for i, ch in enumerate(s) if ch in need]
        have = defaultdict(int)
        formed, left = 0, 0
        best = None
        for i, ch in spots:
            have[ch] += 1
            if have[ch] == need[ch]:
                formed += 1
            while formed == len(need):
                start, first = spots[left]
                if best is None or i - start + 1 < best[1] - best[0]:
                    best = (start, i + 1)
                have[first] -= 1
                if have[first] < need[first]:
                    formed -= 1
                left += 1
        return s[best[0]:best[1]] if best else ""

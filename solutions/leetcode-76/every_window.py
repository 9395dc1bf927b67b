"""Try every substring, shortest first, and return the first that holds t's letter counts.

A substring holds t when no letter of t is left over after taking away the
substring's letters (Counter subtraction): the definition itself, so it is the oracle.

Time: O(m^2 (m + n)). Space: O(m + n).
"""
from collections import Counter


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        """The shortest substring of s holding every letter of t with its count, or ""."""
        need = Counter(t)
        for length in range(len(t), len(s) + 1):
            for i in range(len(s) - length + 1):
                if not need - Counter(s[i:i + length]):
                    return s[i:i + length]
        return ""

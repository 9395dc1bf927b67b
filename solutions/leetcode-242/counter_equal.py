"""Count each string's letters in a Counter (a multiset): anagrams have equal counts.

Time: O(n + m). Space: O(1) beyond the input: at most 26 keys.
"""
from collections import Counter


class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        """True when every letter occurs as often in s as in t."""
        return Counter(s) == Counter(t)

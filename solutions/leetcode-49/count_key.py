"""Anagrams have the same 26 letter counts: group the words in a dict keyed by that tuple of counts.

A tuple keeps the counts apart (a string of the counts written side by side would not:
counts 1, 11 and 11, 1 both read "111").

Time: O(n * L) for n words of length up to L (plus 26 per word). Space: O(n * L).
"""
from typing import List


class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        """The dict's lists of words, one per tuple of letter counts."""
        groups = {}
        for word in strs:
            counts = [0] * 26
            for c in word:
                counts[ord(c) - ord("a")] += 1
            groups.setdefault(tuple(counts), []).append(word)
        return list(groups.values())

"""Anagrams have the same letters once sorted: group the words in a dict keyed by their sorted letters.

Time: O(n * L log L) for n words of length up to L. Space: O(n * L).
"""
from collections import defaultdict
from typing import List


class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        """The dict's lists of words, one per sorted spelling."""
        groups = defaultdict(list)
        for word in strs:
            groups["".join(sorted(word))].append(word)
        return list(groups.values())

"""Collects each group in a set: a word given twice comes back once."""
from typing import List


class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        groups = {}
        for word in strs:
            groups.setdefault("".join(sorted(word)), set()).add(word)
        return [list(group) for group in groups.values()]

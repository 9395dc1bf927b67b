"""Keys each word by its set of letters: "aab" and "abb" land in one group."""
from typing import List


class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        groups = {}
        for word in strs:
            groups.setdefault(frozenset(word), []).append(word)
        return list(groups.values())

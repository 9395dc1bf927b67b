"""Keys each word by the sum of its letter codes: "ad" and "bc" land in one group."""
from typing import List


class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        groups = {}
        for word in strs:
            groups.setdefault(sum(map(ord, word)), []).append(word)
        return list(groups.values())

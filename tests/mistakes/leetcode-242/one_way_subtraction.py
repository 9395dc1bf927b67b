"""Subtracts counts one way only: Counter(s) - Counter(t) drops negatives, so a t with extra letters passes."""
from collections import Counter


class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        return not (Counter(s) - Counter(t))

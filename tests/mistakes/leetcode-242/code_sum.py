"""Compares lengths and the sums of letter codes: "ad" and "bc" have equal sums and pass."""


class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        return len(s) == len(t) and sum(map(ord, s)) == sum(map(ord, t))

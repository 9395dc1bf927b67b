"""Keeps the letters and digits but never lower-cases them, so "Aa" is judged not a palindrome."""


class Solution:
    def isPalindrome(self, s: str) -> bool:
        kept = [ch for ch in s if ch.isalnum()]
        return kept == kept[::-1]

"""Compares t[i] with t[-i] instead of t[-1 - i], so position 0 meets itself and the rest are shifted by one."""


class Solution:
    def isPalindrome(self, s: str) -> bool:
        t = [ch.lower() for ch in s if ch.isalnum()]
        for i in range(len(t) // 2):
            if t[i] != t[-i]:
                return False
        return True

"""Queue the lower-cased letters and digits in a deque, then take one from each end until they disagree or run out.

A deque pops from both ends in O(1): the front and the back of the cleaned text meet
in the middle, as a reader checking a palindrome by hand would.

Time: O(n). Space: O(n).
"""
from collections import deque


class Solution:
    def isPalindrome(self, s: str) -> bool:
        """True when the letters and digits of s, case ignored, read the same both ways."""
        chars = deque(ch.lower() for ch in s if ch.isalnum())
        while len(chars) > 1:
            if chars.popleft() != chars.pop():
                return False
        return True

"""Two indices walk inward from both ends, each skipping what is not a letter or digit, comparing case-folded.

Nothing is copied: every character is looked at once, by one of the two indices,
and the walk stops at the first mismatch.

Time: O(n). Space: O(1).
"""


class Solution:
    def isPalindrome(self, s: str) -> bool:
        """True when the letters and digits of s, case ignored, read the same both ways."""
        left, right = 0, len(s) - 1
        while left < right:
            if not s[left].isalnum():
                left += 1
            elif not s[right].isalnum():
                right -= 1
            elif s[left].lower() != s[right].lower():
                return False
            else:
                left += 1
                right -= 1
        return True

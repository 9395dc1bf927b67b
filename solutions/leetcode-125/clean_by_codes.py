"""Spell the definition out with character codes: keep the letters and digits, lowercase them, compare with the reverse.

No str method decides what a letter is: the ASCII code ranges do, and an upper-case
letter becomes lower-case by adding 32. The cleaned list read backwards must equal
itself. Obviously right, and the oracle.

Time: O(n). Space: O(n).
"""


class Solution:
    def isPalindrome(self, s: str) -> bool:
        """True when the letters and digits of s, case ignored, read the same both ways."""
        kept = []
        for ch in s:
            code = ord(ch)
            if ord("A") <= code <= ord("Z"):
                kept.append(code + 32)
            elif ord("a") <= code <= ord("z") or ord("0") <= code <= ord("9"):
                kept.append(code)
        backwards = [kept[i] for i in range(len(kept) - 1, -1, -1)]
        return kept == backwards

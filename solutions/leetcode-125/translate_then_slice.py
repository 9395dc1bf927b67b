"""One str.translate deletes every non-alphanumeric character and lowercases the rest; then compare with [::-1].

The table maps each printable ASCII character to its lower-case form or to nothing,
so the cleaning runs in C in a single pass, as does the reversed copy.

Time: O(n). Space: O(n).
"""
import string

KEEP = string.ascii_lowercase + string.digits
TABLE = str.maketrans(string.ascii_uppercase, string.ascii_lowercase,
                      "".join(chr(c) for c in range(128) if chr(c).lower() not in KEEP))


class Solution:
    def isPalindrome(self, s: str) -> bool:
        """True when the letters and digits of s, case ignored, read the same both ways."""
        cleaned = s.translate(TABLE)
        return cleaned == cleaned[::-1]

"""Erase adjacent "()", "[]" and "{}" until none is left; valid means nothing remains.

A valid string always holds an adjacent matched pair whose removal leaves a valid
string, and an invalid one never empties this way. This is the grammar read
backwards, with no stack at all, which makes it the oracle.

Time: O(n^2) for deep nesting (one pair per pass). Space: O(n).
"""


class Solution:
    def isValid(self, s: str) -> bool:
        """True when repeatedly erasing adjacent matched pairs empties the string."""
        while "()" in s or "[]" in s or "{}" in s:
            s = s.replace("()", "").replace("[]", "").replace("{}", "")
        return s == ""

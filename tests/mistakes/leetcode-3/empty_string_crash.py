"""Takes max() of the window lengths it collected, which is empty for the empty string: ValueError on ""."""


class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        last = {}
        left = 0
        lengths = []
        for right, ch in enumerate(s):
            if last.get(ch, -1) >= left:
                left = last[ch] + 1
            last[ch] = right
            lengths.append(right - left + 1)
        return max(lengths)

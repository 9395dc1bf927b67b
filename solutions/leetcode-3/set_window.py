"""Slide a window kept as a set: before adding a character, drop from the left until it is gone.

Each character enters and leaves the set at most once, so the two edges together
move 2n steps.

Time: O(n). Space: O(k) for k distinct characters (at most 95 here).
"""


class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        """The length of the longest substring without a repeated character."""
        window = set()
        left = best = 0
        for ch in s:
            while ch in window:
                window.remove(s[left])
                left += 1
            window.add(ch)
            best = max(best, len(window))
        return best

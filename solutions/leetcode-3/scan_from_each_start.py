"""From every start, extend to the right until a character repeats.

A window without repeats holds at most k different characters, so each scan stops
within k + 1 steps: correct, and LeetCode accepts it, but it does up to k times
the work of a sliding window.

Time: O(n * k) for k distinct characters (at most 95 here). Space: O(k).
"""


class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        """The length of the longest substring without a repeated character."""
        best = 0
        for i in range(len(s)):
            seen = set()
            for ch in s[i:i + 96]:
                if ch in seen:
                    break
                seen.add(ch)
            best = max(best, len(seen))
        return best

"""Sort both strings' letters: anagrams sort to the same sequence.

Time: O(n log n + m log m). Space: O(n + m) for the sorted lists.
"""


class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        """True when the sorted letters of s and t are equal."""
        return sorted(s) == sorted(t)

"""Takes each letter of t from s's counts but never compares lengths: an s with letters left over passes."""
from collections import Counter


class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        left = Counter(s)
        for letter in t:
            if left[letter] == 0:
                return False
            left[letter] -= 1
        return True

"""Match every letter of t with a letter of s not used yet, crossing it off; t is an anagram
when every letter finds a partner and none of s is left over. The definition itself, so it is the oracle.

Time: O(n * m) for lengths n and m. Space: O(n) for the crossed-off marks.
"""


class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        """True when the letters of t pair off one to one with the letters of s."""
        used = [False] * len(s)
        for letter in t:
            for i in range(len(s)):
                if not used[i] and s[i] == letter:
                    used[i] = True
                    break
            else:
                return False
        return all(used)

"""Put each word in the first group whose first word it is an anagram of, else open a group;
two words are anagrams when they have the same length and every letter occurs as often in both.
The definition applied pair by pair, with no key, hash or sort: the oracle.

Time: O(n * g * L * 26) for n words, g groups, length L. Space: O(n) for the groups.
"""
from typing import List

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def anagrams(a, b):
    """Same length, and every letter counted equally often in a and in b."""
    return len(a) == len(b) and all(a.count(c) == b.count(c) for c in LETTERS)


class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        """The words in groups of anagrams, in order of each group's first word."""
        groups = []
        for word in strs:
            for group in groups:
                if anagrams(group[0], word):
                    group.append(word)
                    break
            else:
                groups.append([word])
        return groups

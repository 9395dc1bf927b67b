"""Give each letter its own prime and key a word by the product of its letters' primes: by unique
factorisation, two words have the same product exactly when they are anagrams (Python's integers
never overflow, so the product stays exact).

Time: O(n * L) multiplications, on numbers of up to about 7L bits. Space: O(n * L).
"""
from typing import List

PRIMES = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 101]


class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        """The dict's lists of words, one per product of primes."""
        groups = {}
        for word in strs:
            key = 1
            for c in word:
                key *= PRIMES[ord(c) - ord("a")]
            groups.setdefault(key, []).append(word)
        return list(groups.values())

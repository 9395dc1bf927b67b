"""A sorted list of the distinct words: bisect finds where a word or prefix would go, and the word
found there either equals it (search) or starts with it (startsWith: the smallest word >= prefix).

Time: O(log n) comparisons per search and startsWith; O(n) per insert (a C memmove). Space: O(total length).
"""
from bisect import bisect_left, insort


class Trie:
    def __init__(self):
        self.words = []

    def insert(self, word: str) -> None:
        i = bisect_left(self.words, word)
        if i == len(self.words) or self.words[i] != word:
            insort(self.words, word)

    def search(self, word: str) -> bool:
        i = bisect_left(self.words, word)
        return i < len(self.words) and self.words[i] == word

    def startsWith(self, prefix: str) -> bool:
        i = bisect_left(self.words, prefix)
        return i < len(self.words) and self.words[i].startswith(prefix)

"""Oracle: keep the inserted words in a set; search is membership, startsWith checks every word with
str.startswith. Obviously right, with no tree at all.

Time: O(1) expected per insert and search (plus hashing the word), O(total length) per startsWith. Space: O(total length).
"""


class Trie:
    def __init__(self):
        self.words = set()

    def insert(self, word: str) -> None:
        self.words.add(word)

    def search(self, word: str) -> bool:
        return word in self.words

    def startsWith(self, prefix: str) -> bool:
        return any(word.startswith(prefix) for word in self.words)

"""insert makes a fresh child for every letter, even one already there: inserting a word that shares a prefix
with an earlier one ("apple" then "app", or "ab" then "ac") cuts off the earlier word's branch."""


class Trie:
    def __init__(self):
        self.root = {}

    def insert(self, word: str) -> None:
        node = self.root
        for ch in word:
            node[ch] = {}
            node = node[ch]
        node["$"] = True

    def _walk(self, text):
        node = self.root
        for ch in text:
            if ch not in node:
                return None
            node = node[ch]
        return node

    def search(self, word: str) -> bool:
        node = self._walk(word)
        return node is not None and "$" in node

    def startsWith(self, prefix: str) -> bool:
        return self._walk(prefix) is not None

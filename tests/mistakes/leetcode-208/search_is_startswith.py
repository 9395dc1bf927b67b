"""search confused with startsWith: search is true as soon as the path exists, without the end-of-word flag,
so a word that was only a prefix of an inserted word ("app" after "apple") is reported as inserted."""


class Trie:
    def __init__(self):
        self.root = {}

    def insert(self, word: str) -> None:
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})

    def search(self, word: str) -> bool:
        return self.startsWith(word)

    def startsWith(self, prefix: str) -> bool:
        node = self.root
        for ch in prefix:
            if ch not in node:
                return False
            node = node[ch]
        return True

"""Add up, letter by letter, how many words each position skips over.

At position i (0-based), every letter before this one starts a whole block of
words: the word itself plus all its extensions, 1 + 5 + ... + 5^(4 - i) of them
(781, 156, 31, 6, 1). The word's own letters each add one more: every prefix of
the word comes before it and counts itself.

Time: O(len(word)). Space: O(1).
"""

BLOCK = (781, 156, 31, 6, 1)  # words that start with a given prefix of length 1..5


def solution(word):
    """Skipped blocks plus the word's own prefixes."""
    return sum(BLOCK[i] * "AEIOU".index(letter) + 1 for i, letter in enumerate(word))

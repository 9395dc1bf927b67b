"""84512: returns the list index of the word, one less than its position ("A" gives 0)."""

from itertools import product


def solution(word):
    words = sorted("".join(p) for n in range(1, 6) for p in product("AEIOU", repeat=n))
    return words.index(word)

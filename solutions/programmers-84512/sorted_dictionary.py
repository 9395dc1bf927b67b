"""Write out the whole dictionary, sort it, and look the word up.

Every word of length 1 to 5 over A, E, I, O, U (3,905 of them) is generated and
sorted as strings, which is exactly dictionary order ("A" < "AA" < "AAA").
The position is the index plus one. No counting argument, so it judges the others.

Time: O(W log W) for W = 3,905 words. Space: O(W).
"""

from itertools import product


def solution(word):
    """1-based position of ``word`` in the sorted list of all words."""
    words = sorted("".join(letters) for length in range(1, 6) for letters in product("AEIOU", repeat=length))
    return words.index(word) + 1

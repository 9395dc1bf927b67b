"""Walk the dictionary in order with a depth-first search, counting words until the target.

Extending the current word by A, E, I, O, U in turn, and visiting each word
before its extensions, visits the words in dictionary order.

Time: O(W) for W = 3,905 words at most. Space: O(5) recursion depth.
"""


def solution(word):
    """Number of words visited up to and including ``word``."""
    count = 0

    def visit(prefix):
        """Visit ``prefix`` and its extensions in order; True once the word is reached."""
        nonlocal count
        if prefix:
            count += 1
            if prefix == word:
                return True
        if len(prefix) == 5:
            return False
        return any(visit(prefix + letter) for letter in "AEIOU")

    visit("")
    return count

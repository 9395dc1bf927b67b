"""Breadth-first search from begin over words one letter apart; the first time target is reached is the answer.

Time: O(W^2 * L) for W words of length L. Space: O(W).
"""

from collections import deque


def one_apart(a, b):
    """True when a and b differ in exactly one position."""
    return sum(x != y for x, y in zip(a, b)) == 1


def solution(begin, target, words):
    """Fewest one-letter changes from begin to target through words, or 0."""
    steps = {begin: 0}
    queue = deque([begin])
    while queue:
        word = queue.popleft()
        if word == target:
            return steps[word]
        for other in words:
            if other not in steps and one_apart(word, other):
                steps[other] = steps[word] + 1
                queue.append(other)
    return 0

"""43163: tests "one letter apart" by letter membership (letters of one word missing from the other), not position by position."""

from collections import deque


def can_change(a, b):
    return sum(1 for ch in a if ch not in b) == 1


def solution(begin, target, words):
    steps = {begin: 0}
    queue = deque([begin])
    while queue:
        word = queue.popleft()
        if word == target:
            return steps[word]
        for other in words:
            if other not in steps and can_change(word, other):
                steps[other] = steps[word] + 1
                queue.append(other)
    return 0

"""42578: groups the pieces by name (clothes[i][0]) instead of kind, so every piece looks like its own kind."""

from collections import Counter


def solution(clothes):
    answer = 1
    for count in Counter(name for name, _ in clothes).values():
        answer *= count + 1
    return answer - 1

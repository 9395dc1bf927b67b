"""42578: multiplies the piece counts without the "+ 1" for leaving a kind off, so every outfit must wear every kind."""

from collections import Counter


def solution(clothes):
    answer = 1
    for count in Counter(kind for _, kind in clothes).values():
        answer *= count
    return answer

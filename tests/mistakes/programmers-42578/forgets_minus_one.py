"""42578: multiplies (count + 1) over the kinds but forgets to subtract the outfit with nothing on."""

from collections import Counter


def solution(clothes):
    answer = 1
    for count in Counter(kind for _, kind in clothes).values():
        answer *= count + 1
    return answer

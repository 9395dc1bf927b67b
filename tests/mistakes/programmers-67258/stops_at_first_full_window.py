"""67258: stops at the first window holding every kind, trims its left end and returns it, missing shorter windows further right."""

from collections import Counter


def solution(gems):
    kinds = len(set(gems))
    inside = Counter()
    start = 0
    for end, gem in enumerate(gems):
        inside[gem] += 1
        if len(inside) == kinds:
            while inside[gems[start]] > 1:
                inside[gems[start]] -= 1
                start += 1
            return [start + 1, end + 1]

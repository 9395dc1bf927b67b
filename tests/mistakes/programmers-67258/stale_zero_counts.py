"""67258: decrements a kind's count as it leaves the window but never deletes it at 0, so len(counts) keeps saying every kind is inside."""

from collections import defaultdict


def solution(gems):
    kinds = len(set(gems))
    inside = defaultdict(int)
    best = [1, len(gems)]
    start = 0
    for end, gem in enumerate(gems):
        inside[gem] += 1
        while len(inside) == kinds and start <= end:
            if end - start < best[1] - best[0]:
                best = [start + 1, end + 1]
            inside[gems[start]] -= 1  # the kind stays in the dict with count 0
            start += 1
    return best

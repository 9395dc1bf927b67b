"""Tries only the citation counts themselves as h, so [10, 10] gives 0 instead of 2."""


def solution(citations):
    best = 0
    for h in set(citations):
        if sum(1 for c in citations if c >= h) >= h:
            best = max(best, h)
    return best

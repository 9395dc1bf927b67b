"""43165: keeps a set of reachable totals per level, so the ways that share a total count once."""


def solution(numbers, target):
    totals = {0}
    for x in numbers:
        totals = {t + x for t in totals} | {t - x for t in totals}
    return sum(1 for t in totals if t == target)

"""42897: the straight-line house robber over all houses, so the first and last can both be robbed."""


def solution(money):
    before, best = 0, 0
    for x in money:
        before, best = best, max(best, before + x)
    return best

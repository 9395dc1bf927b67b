"""42897: cuts the circle one way only, never robbing the last house, so a rich last house is never taken."""


def solution(money):
    before, best = 0, 0
    for x in money[:-1]:
        before, best = best, max(best, before + x)
    return best

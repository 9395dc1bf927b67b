"""Mixes up the goals: keeps a plan with more subscribers OR more sales, not subscribers first."""

from itertools import product


def solution(users, emoticons):
    best = [0, 0]
    for discounts in product((10, 20, 30, 40), repeat=len(emoticons)):
        subscribers = sales = 0
        for rate, limit in users:
            total = sum(p * (100 - d) // 100 for p, d in zip(emoticons, discounts) if d >= rate)
            if total >= limit:
                subscribers += 1
            else:
                sales += total
        if subscribers > best[0] or sales > best[1]:
            best = [subscribers, sales]
    return best

"""Prices in floating point, price * (1 - d / 100): 700 at 30% off is 489.99999999999994."""

from itertools import product


def solution(users, emoticons):
    best = (0, 0)
    for discounts in product((10, 20, 30, 40), repeat=len(emoticons)):
        subscribers = sales = 0
        for rate, limit in users:
            total = sum(p * (1 - d / 100) for p, d in zip(emoticons, discounts) if d >= rate)
            if total >= limit:
                subscribers += 1
            else:
                sales += total
        best = max(best, (subscribers, sales))
    return list(best)

"""Subscribes only when the total goes OVER the user's price: reaching it exactly is missed."""

from itertools import product


def solution(users, emoticons):
    best = (0, 0)
    for discounts in product((10, 20, 30, 40), repeat=len(emoticons)):
        subscribers = sales = 0
        for rate, limit in users:
            total = sum(p * (100 - d) // 100 for p, d in zip(emoticons, discounts) if d >= rate)
            if total > limit:
                subscribers += 1
            else:
                sales += total
        best = max(best, (subscribers, sales))
    return list(best)

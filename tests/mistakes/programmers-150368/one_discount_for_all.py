"""Tries only the four uniform discounts, when each emoticon may have a discount of its own."""


def solution(users, emoticons):
    best = (0, 0)
    for d in (10, 20, 30, 40):
        subscribers = sales = 0
        for rate, limit in users:
            total = sum(p * (100 - d) // 100 for p in emoticons) if d >= rate else 0
            if total >= limit:
                subscribers += 1
            else:
                sales += total
        best = max(best, (subscribers, sales))
    return list(best)

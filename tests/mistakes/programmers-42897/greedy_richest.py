"""42897: robs the richest houses first, skipping any next to one already robbed, never reconsidering."""


def solution(money):
    n = len(money)
    robbed = [False] * n
    total = 0
    for i in sorted(range(n), key=lambda i: -money[i]):
        if not robbed[(i - 1) % n] and not robbed[(i + 1) % n]:
            robbed[i] = True
            total += money[i]
    return total

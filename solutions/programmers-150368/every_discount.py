"""Try every assignment of the four discounts to the emoticons and simulate every user.

For each of the 4^m assignments, each user adds up the discounted price of every
emoticon discounted by at least their rate, then subscribes (and buys nothing)
if that reaches their price. The best (subscribers, sales) pair wins. This is the
statement read literally, which makes it the oracle.

Time: O(4^m * n * m) for n users and m emoticons. Space: O(m).
"""

from itertools import product

DISCOUNTS = (10, 20, 30, 40)


def solution(users, emoticons):
    """The best [subscribers, sales] over every assignment of discounts."""
    best = (0, 0)
    for discounts in product(DISCOUNTS, repeat=len(emoticons)):
        paid = [price * (100 - d) // 100 for price, d in zip(emoticons, discounts)]  # exact: prices are multiples of 100
        subscribers = sales = 0
        for rate, limit in users:
            total = 0
            for d, cost in zip(discounts, paid):
                if d >= rate:
                    total += cost
            if total >= limit:
                subscribers += 1
            else:
                sales += total
        best = max(best, (subscribers, sales))  # tuples compare subscribers first, then sales
    return list(best)

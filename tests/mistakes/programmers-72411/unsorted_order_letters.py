"""Takes combinations of each order as written: "XWY" gives "XW" and "WXA" gives "WX", one course counted as two."""

from collections import Counter
from itertools import combinations


def solution(orders, course):
    menu = []
    for size in course:
        counts = Counter("".join(combo) for order in orders for combo in combinations(order, size))
        top = max(counts.values(), default=0)
        if top >= 2:
            menu += [combo for combo, count in counts.items() if count == top]
    return sorted(menu)

"""Keeps the most ordered combination even when only one customer ordered it."""

from collections import Counter
from itertools import combinations


def solution(orders, course):
    menu = []
    for size in course:
        counts = Counter("".join(combo) for order in orders for combo in combinations(sorted(order), size))
        top = max(counts.values(), default=0)
        menu += [combo for combo, count in counts.items() if count == top]
    return sorted(menu)

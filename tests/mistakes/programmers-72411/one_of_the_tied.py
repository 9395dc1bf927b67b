"""Keeps only one combination per size, most_common(1), when several tie for the top count."""

from collections import Counter
from itertools import combinations


def solution(orders, course):
    menu = []
    for size in course:
        counts = Counter("".join(combo) for order in orders for combo in combinations(sorted(order), size))
        for combo, count in counts.most_common(1):
            if count >= 2:
                menu.append(combo)
    return sorted(menu)

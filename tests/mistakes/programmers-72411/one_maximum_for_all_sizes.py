"""Compares counts across course sizes: keeps only the combinations with the top count over every size."""

from collections import Counter
from itertools import combinations


def solution(orders, course):
    counts = Counter("".join(combo) for size in course for order in orders
                     for combo in combinations(sorted(order), size))
    top = max(counts.values(), default=0)
    return sorted(combo for combo, count in counts.items() if count == top and count >= 2)

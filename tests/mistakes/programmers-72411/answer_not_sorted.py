"""Lists the courses size by size, as found, instead of sorting the whole answer."""

from collections import Counter
from itertools import combinations


def solution(orders, course):
    menu = []
    for size in course:
        counts = Counter("".join(combo) for order in orders for combo in combinations(sorted(order), size))
        top = max(counts.values(), default=0)
        if top >= 2:
            menu += sorted(combo for combo, count in counts.items() if count == top)
    return menu

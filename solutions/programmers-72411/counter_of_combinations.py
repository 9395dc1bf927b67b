"""Count, per course size, the combinations inside each order, after sorting the order's letters.

Sorting each order first makes "XW" and "WX" the same string. A Counter of every
size-c combination of every order gives each combination's number of customers;
the most common ones win if at least two customers ordered them.

Time: O(n * sum over c of C(L, c)) for n orders of at most L = 10 dishes. Space: the same.
"""

from collections import Counter
from itertools import combinations


def solution(orders, course):
    """Every most-ordered combination of each course size, as sorted strings, sorted."""
    menu = []
    for size in course:
        counts = Counter("".join(combo) for order in orders for combo in combinations(sorted(order), size))
        top = max(counts.values(), default=0)
        if top >= 2:
            menu += [combo for combo, count in counts.items() if count == top]
    return sorted(menu)

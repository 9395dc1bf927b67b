"""For each course size, try every combination of the dishes anyone ordered and count its customers.

A combination counts for a customer whose order contains all of its dishes. For
each size in course, keep the combinations that at least two customers ordered
and that no other combination of that size beats. Nothing is built from the
orders themselves, so this is the statement read literally: the oracle.

Time: O(sum over c of C(d, c) * n * c) for d distinct dishes and n orders: exponential in d.
Space: O(d + answer).
"""

from itertools import combinations


def solution(orders, course):
    """Every most-ordered combination of each course size, as sorted strings, sorted."""
    dishes = sorted(set("".join(orders)))
    menu = []
    for size in course:
        counts = {"".join(combo): sum(set(combo) <= set(order) for order in orders)
                  for combo in combinations(dishes, size)}
        top = max(counts.values(), default=0)
        if top >= 2:
            menu += [combo for combo, count in counts.items() if count == top]
    return sorted(menu)

"""Grow combinations one dish at a time, keeping only those that two customers ordered.

Each combination carries the set of customers whose orders contain it. Adding a
later dish intersects that set with the dish's customers; a combination ordered
by fewer than two customers cannot grow into one ordered by two, so the search
stops there. Every combination of at least two customers is met once, in
alphabetical order of its dishes.

Time: O(F * d * n) for F combinations ordered by two or more, d dishes, n orders. Space: O(d * n).
"""


def solution(orders, course):
    """Every most-ordered combination of each course size, found by a pruned search."""
    dishes = sorted(set("".join(orders)))
    buyers = {dish: {i for i, order in enumerate(orders) if dish in order} for dish in dishes}
    wanted = set(course)
    best = {}  # size -> (customers, [combinations])

    def grow(combo, customers, start):
        """Record combo, then extend it with each dish after position start."""
        if len(combo) in wanted:
            top, found = best.get(len(combo), (0, []))
            if len(customers) > top:
                best[len(combo)] = (len(customers), [combo])
            elif len(customers) == top:
                found.append(combo)
        for k in range(start, len(dishes)):
            shared = customers & buyers[dishes[k]]
            if len(shared) >= 2:
                grow(combo + dishes[k], shared, k + 1)

    grow("", set(range(len(orders))), 0)
    return sorted(combo for _, found in best.values() for combo in found)

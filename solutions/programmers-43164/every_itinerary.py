"""List every itinerary from ICN that uses each ticket exactly once, and return the smallest.

An exhaustive search over the tickets (each ticket by its index, so duplicate
tickets stay distinct), with no ordering trick and no early stop: the statement's
"alphabetically first of all valid routes" taken literally.

Time: O(E!) in the worst case. Space: O(E).
"""

import sys


def solution(tickets):
    """The lexicographically smallest route that uses every ticket, starting at ICN."""
    sys.setrecursionlimit(max(1000, 2 * len(tickets) + 100))
    used = [False] * len(tickets)
    routes = []

    def extend(route):
        """Record every completion of route with the tickets not used yet."""
        if len(route) == len(tickets) + 1:
            routes.append(list(route))
        for i, (a, b) in enumerate(tickets):
            if not used[i] and a == route[-1]:
                used[i] = True
                extend(route + [b])
                used[i] = False

    extend(["ICN"])
    return min(routes)

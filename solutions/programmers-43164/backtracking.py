"""Depth-first search trying destinations in alphabetical order, undoing a ticket on a dead end.

The first route that uses every ticket is the answer. The solution most often
published for this problem: quick when the smallest choice rarely strands the
traveller, but after a wrong turn it tries every order of what lies beyond.

Time: O(E log E) when no dead end is met; exponential in the worst case. Space: O(E).
"""

import sys
from collections import defaultdict


def solution(tickets):
    """The lexicographically smallest route that uses every ticket, starting at ICN."""
    sys.setrecursionlimit(max(1000, 2 * len(tickets) + 100))
    flights = defaultdict(list)
    for i, (a, b) in enumerate(sorted(tickets)):
        flights[a].append((b, i))
    used = [False] * len(tickets)
    route = ["ICN"]

    def extend():
        """True once route uses every ticket; else undo and report a dead end."""
        if len(route) == len(tickets) + 1:
            return True
        for b, i in flights[route[-1]]:
            if not used[i]:
                used[i] = True
                route.append(b)
                if extend():
                    return True
                used[i] = False
                route.pop()
        return False

    extend()
    return route

"""Hierholzer's algorithm, recursive, with a min-heap of destinations per airport.

visit(a) spends a's tickets smallest first, visiting each destination in turn;
when a has none left it is appended, so the reversed list is the route.

Time: O(E log E). Space: O(E) (recursion as deep as the route).
"""

import heapq
import sys
from collections import defaultdict


def solution(tickets):
    """The lexicographically smallest route that uses every ticket, starting at ICN."""
    sys.setrecursionlimit(max(1000, 2 * len(tickets) + 100))
    flights = defaultdict(list)
    for a, b in tickets:
        heapq.heappush(flights[a], b)
    route = []

    def visit(airport):
        """Use up every ticket out of airport, then write it down."""
        while flights[airport]:
            visit(heapq.heappop(flights[airport]))
        route.append(airport)

    visit("ICN")
    return route[::-1]

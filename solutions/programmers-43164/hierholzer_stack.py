"""Hierholzer's algorithm: follow the smallest unused ticket until stuck, and write airports down as they get stuck.

An airport with no ticket left is the end of what remains, so it is prepended to
the route; the stack backs up and splices in the detours it skipped. Taking the
smallest ticket first makes the spliced route the alphabetically first.

Time: O(E log E). Space: O(E).
"""

from collections import defaultdict


def solution(tickets):
    """The lexicographically smallest route that uses every ticket, starting at ICN."""
    flights = defaultdict(list)
    for a, b in sorted(tickets, reverse=True):
        flights[a].append(b)  # descending, so pop() gives the smallest
    stack, route = ["ICN"], []
    while stack:
        if flights[stack[-1]]:
            stack.append(flights[stack[-1]].pop())
        else:
            route.append(stack.pop())
    return route[::-1]

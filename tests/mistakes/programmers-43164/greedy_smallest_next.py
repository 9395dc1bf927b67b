"""43164: greedy without backtracking: always flies to the smallest airport with a ticket left, and stops when stranded."""

from collections import defaultdict


def solution(tickets):
    flights = defaultdict(list)
    for a, b in sorted(tickets, reverse=True):
        flights[a].append(b)
    route = ["ICN"]
    while flights[route[-1]]:
        route.append(flights[route[-1]].pop())
    return route

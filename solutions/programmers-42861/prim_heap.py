"""Prim: grow one group of islands from island 0, always adding the cheapest bridge out of it.

A heap holds the bridges leaving the group; a bridge whose far island has
joined meanwhile is skipped when it surfaces.

Time: O(E log E). Space: O(n + E).
"""

import heapq


def solution(n, costs):
    """Total cost of the bridges Prim adds until every island has joined."""
    bridges = [[] for _ in range(n)]
    for a, b, cost in costs:
        bridges[a].append((cost, b))
        bridges[b].append((cost, a))
    joined = [False] * n
    heap = [(0, 0)]
    total = 0
    while heap:
        cost, island = heapq.heappop(heap)
        if joined[island]:
            continue
        joined[island] = True
        total += cost
        for edge in bridges[island]:
            if not joined[edge[1]]:
                heapq.heappush(heap, edge)
    return total

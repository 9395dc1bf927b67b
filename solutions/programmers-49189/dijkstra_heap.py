"""Dijkstra's algorithm from node 1 with a binary heap, every edge weighing 1.

Stale heap entries (a node popped again at a larger distance) are skipped.

Time: O(E log E). Space: O(n + E).
"""

import heapq


def solution(n, edge):
    """How many nodes are farthest from node 1, counting edges on a shortest path."""
    links = [[] for _ in range(n + 1)]
    for a, b in edge:
        links[a].append(b)
        links[b].append(a)
    dist = [None] * (n + 1)
    heap = [(0, 1)]
    while heap:
        d, node = heapq.heappop(heap)
        if dist[node] is not None:
            continue
        dist[node] = d
        for nxt in links[node]:
            if dist[nxt] is None:
                heapq.heappush(heap, (d + 1, nxt))
    farthest = max(dist[1:])
    return dist[1:].count(farthest)

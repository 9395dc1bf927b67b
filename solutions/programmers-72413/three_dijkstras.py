"""Shortest fares from s, from a and from b by Dijkstra (roads run both ways); add them up at every node.

dist_s[k] + dist_a[k] + dist_b[k] is sharing to k, then riding apart; the
smallest over all k is the answer, k = s being no sharing at all.

Time: O(m log n) for m roads. Space: O(n + m).
"""

import heapq

INF = float("inf")


def dijkstra(graph, source):
    """Cheapest fare from ``source`` to every node (INF where unreachable)."""
    dist = [INF] * len(graph)
    dist[source] = 0
    heap = [(0, source)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue
        for v, f in graph[u]:
            if d + f < dist[v]:
                dist[v] = d + f
                heapq.heappush(heap, (d + f, v))
    return dist


def solution(n, s, a, b, fares):
    """The lowest total fare: the best split point, from three single-source searches."""
    graph = [[] for _ in range(n + 1)]
    for c, d, f in fares:
        graph[c].append((d, f))
        graph[d].append((c, f))
    from_s, from_a, from_b = dijkstra(graph, s), dijkstra(graph, a), dijkstra(graph, b)
    return min(from_s[k] + from_a[k] + from_b[k] for k in range(1, n + 1))

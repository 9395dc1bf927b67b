"""Marks a vertex done when it is pushed, not when it is popped: a shorter path found later is ignored."""
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
done = [False] * (v + 1)
done[k] = True
heap = [(0, k)]
while heap:
    d, a = heapq.heappop(heap)
    for b, w in graph[a]:
        if not done[b]:
            done[b] = True
            dist[b] = d + w
            heapq.heappush(heap, (d + w, b))
print("\n".join("INF" if d == INF else str(d) for d in dist[1:]))

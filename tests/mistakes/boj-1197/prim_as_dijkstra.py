"""Prim written like Dijkstra: a vertex's key is the path length from vertex 1, not the weight of the edge that joins it."""
import heapq
import sys

input = sys.stdin.readline
v, e = map(int, input().split())
graph = [[] for _ in range(v + 1)]
for _ in range(e):
    a, b, c = map(int, input().split())
    graph[a].append((b, c))
    graph[b].append((a, c))
in_tree = [False] * (v + 1)
parent_weight = [0] * (v + 1)
dist = [float("inf")] * (v + 1)
dist[1] = 0
heap = [(0, 1, 0)]
total = 0
while heap:
    d, x, w = heapq.heappop(heap)
    if in_tree[x]:
        continue
    in_tree[x] = True
    total += w
    for y, c in graph[x]:
        if not in_tree[y] and d + c < dist[y]:
            dist[y] = d + c
            heapq.heappush(heap, (d + c, y, c))
print(total)

"""Prints each distance as Python writes it: an unreachable vertex comes out as "inf", not "INF"."""
import heapq
import sys

input = sys.stdin.readline
v, e = map(int, input().split())
k = int(input())
graph = [[] for _ in range(v + 1)]
for _ in range(e):
    a, b, w = map(int, input().split())
    graph[a].append((b, w))
dist = [float("inf")] * (v + 1)
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
for d in dist[1:]:
    print(d)

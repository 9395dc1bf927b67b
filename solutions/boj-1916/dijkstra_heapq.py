"""Dijkstra's algorithm with a binary heap (heapq), stale entries skipped when popped.

The heap holds (cost, city) pairs; the first time a city is popped its cost is
final. A cheaper route found later is pushed again, and the older entry is skipped
when it comes out. Every bus is kept in the adjacency lists, so of two buses
between the same cities the cheaper one is used.

Time: O((N + M) log M). Space: O(N + M).
"""
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
INF = float("inf")
cost = [INF] * (n + 1)
cost[start] = 0
heap = [(0, start)]
while heap:
    d, a = heapq.heappop(heap)
    if d > cost[a]:
        continue
    if a == end:
        break
    for b, c in graph[a]:
        if d + c < cost[b]:
            cost[b] = d + c
            heapq.heappush(heap, (d + c, b))
print(cost[end])

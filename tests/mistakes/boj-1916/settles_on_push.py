"""Marks a city done when it is pushed, not when it is popped: a cheaper route found later is ignored."""
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
done = [False] * (n + 1)
done[start] = True
heap = [(0, start)]
while heap:
    d, a = heapq.heappop(heap)
    for b, c in graph[a]:
        if not done[b]:
            done[b] = True
            cost[b] = d + c
            heapq.heappush(heap, (d + c, b))
print(cost[end])

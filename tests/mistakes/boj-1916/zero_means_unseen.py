"""Uses cost 0 to mean "not reached yet": a city reached by free buses (cost 0) is overwritten by a dearer route."""
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
cost = [0] * (n + 1)
visited = [False] * (n + 1)
heap = [(0, start)]
while heap:
    d, a = heapq.heappop(heap)
    if visited[a]:
        continue
    visited[a] = True
    for b, c in graph[a]:
        if not visited[b] and (cost[b] == 0 or d + c < cost[b]):
            cost[b] = d + c
            heapq.heappush(heap, (d + c, b))
print(cost[end])

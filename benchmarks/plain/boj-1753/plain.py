"""Dijkstra's algorithm with heapq over adjacency lists; a popped entry longer than the
vertex's recorded distance is stale and skipped.

Time: O((V + E) log E). Space: O(V + E).
Written plainly: sys.stdin.readline per line, a list of lists of [vertex, weight] lists,
INF = int(1e9), one print() per vertex, module-level loops.
"""
import heapq
import sys

input = sys.stdin.readline
INF = int(1e9)

V, E = map(int, input().split())
K = int(input())
graph = [[] for _ in range(V + 1)]
for _ in range(E):
    u, v, w = map(int, input().split())
    graph[u].append([v, w])

distance = [INF] * (V + 1)
distance[K] = 0
q = []
heapq.heappush(q, (0, K))
while q:
    dist, now = heapq.heappop(q)
    if distance[now] < dist:
        continue
    for nxt in graph[now]:
        cost = dist + nxt[1]
        if cost < distance[nxt[0]]:
            distance[nxt[0]] = cost
            heapq.heappush(q, (cost, nxt[0]))

for i in range(1, V + 1):
    if distance[i] == INF:
        print("INF")
    else:
        print(distance[i])

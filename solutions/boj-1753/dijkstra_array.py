"""Dijkstra's algorithm without a heap: each step scans every vertex for the closest unsettled one.

Right, and the textbook version, but the scan costs V for each of the V vertices:
4 * 10^8 steps at V = 20,000, however few edges there are. Kept to show why the
heap matters.

Time: O(V^2 + E). Space: O(V + E).
"""
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
settled = [False] * (v + 1)
for _ in range(v):
    a, best = 0, INF
    for i in range(1, v + 1):
        if not settled[i] and dist[i] < best:
            a, best = i, dist[i]
    if a == 0:
        break
    settled[a] = True
    for b, w in graph[a]:
        if best + w < dist[b]:
            dist[b] = best + w
print("\n".join("INF" if d == INF else str(d) for d in dist[1:]))

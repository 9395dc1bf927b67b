"""A breadth-first search that keeps the first distance found for each vertex, whatever the weights."""
import sys
from collections import deque

input = sys.stdin.readline
v, e = map(int, input().split())
k = int(input())
graph = [[] for _ in range(v + 1)]
for _ in range(e):
    a, b, w = map(int, input().split())
    graph[a].append((b, w))
dist = [-1] * (v + 1)
dist[k] = 0
queue = deque([k])
while queue:
    a = queue.popleft()
    for b, w in graph[a]:
        if dist[b] == -1:
            dist[b] = dist[a] + w
            queue.append(b)
print("\n".join("INF" if d == -1 else str(d) for d in dist[1:]))

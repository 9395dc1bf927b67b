"""Sorted adjacency lists, a recursive depth-first search and a deque breadth-first search.

Each list is sorted once, so both searches meet neighbours smallest first. The
recursion can go N deep, so the recursion limit is raised above Python's 1,000.

Time: O(N + M log M). Space: O(N + M).
"""
import sys
from collections import deque

input = sys.stdin.readline
sys.setrecursionlimit(10_000)

n, m, v = map(int, input().split())
graph = [[] for _ in range(n + 1)]
for _ in range(m):
    a, b = map(int, input().split())
    graph[a].append(b)
    graph[b].append(a)
for neighbours in graph:
    neighbours.sort()

visited = [False] * (n + 1)
order = []


def dfs(here):
    visited[here] = True
    order.append(here)
    for there in graph[here]:
        if not visited[there]:
            dfs(there)


dfs(v)
print(*order)

visited = [False] * (n + 1)
visited[v] = True
order = []
queue = deque([v])
while queue:
    here = queue.popleft()
    order.append(here)
    for there in graph[here]:
        if not visited[there]:
            visited[there] = True
            queue.append(there)
print(*order)

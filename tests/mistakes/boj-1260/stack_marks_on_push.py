"""A stack DFS that marks a vertex visited when it is pushed: a vertex pushed early is never reached deeper down."""
import sys
from collections import deque

input = sys.stdin.readline
n, m, v = map(int, input().split())
graph = [[] for _ in range(n + 1)]
for _ in range(m):
    a, b = map(int, input().split())
    graph[a].append(b)
    graph[b].append(a)
for neighbours in graph:
    neighbours.sort()
visited = [False] * (n + 1)
visited[v] = True
order = []
stack = [v]
while stack:
    here = stack.pop()
    order.append(here)
    for there in reversed(graph[here]):
        if not visited[there]:
            visited[there] = True
            stack.append(there)
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

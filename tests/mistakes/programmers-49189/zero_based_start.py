"""49189: shifts the nodes to 0..n-1 but still starts the search at 1, which is node 2."""

from collections import deque


def solution(n, edge):
    graph = [[] for _ in range(n)]
    for a, b in edge:
        graph[a - 1].append(b - 1)
        graph[b - 1].append(a - 1)
    dist = [-1] * n
    dist[1] = 0
    queue = deque([1])
    while queue:
        node = queue.popleft()
        for nxt in graph[node]:
            if dist[nxt] == -1:
                dist[nxt] = dist[node] + 1
                queue.append(nxt)
    return dist.count(max(dist))

"""49189: distance 0 doubles as "not visited", so a neighbour visits node 1 again and gives it distance 2."""

from collections import deque


def solution(n, edge):
    graph = [[] for _ in range(n + 1)]
    for a, b in edge:
        graph[a].append(b)
        graph[b].append(a)
    dist = [0] * (n + 1)
    queue = deque([1])
    while queue:
        node = queue.popleft()
        for nxt in graph[node]:
            if dist[nxt] == 0:
                dist[nxt] = dist[node] + 1
                queue.append(nxt)
    return dist.count(max(dist))

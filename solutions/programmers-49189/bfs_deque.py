"""Breadth-first search from node 1 with a deque; a node's distance is fixed when it is first queued.

Time: O(n + E). Space: O(n + E).
"""

from collections import deque


def solution(n, edge):
    """How many nodes are farthest from node 1, counting edges on a shortest path."""
    links = [[] for _ in range(n + 1)]
    for a, b in edge:
        links[a].append(b)
        links[b].append(a)
    dist = [-1] * (n + 1)
    dist[1] = 0
    queue = deque([1])
    while queue:
        node = queue.popleft()
        for nxt in links[node]:
            if dist[nxt] < 0:
                dist[nxt] = dist[node] + 1
                queue.append(nxt)
    return dist.count(max(dist))

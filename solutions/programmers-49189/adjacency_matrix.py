"""Breadth-first search over an (n + 1) x (n + 1) adjacency matrix, scanning a whole row per node.

Right, but the matrix alone holds 4 * 10^8 cells at n = 20,000: far over the
memory limit, and the row scans are O(n^2) time besides.

Time: O(n^2). Space: O(n^2).
"""

from collections import deque


def solution(n, edge):
    """How many nodes are farthest from node 1, counting edges on a shortest path."""
    joined = [[False] * (n + 1) for _ in range(n + 1)]
    for a, b in edge:
        joined[a][b] = joined[b][a] = True
    dist = [-1] * (n + 1)
    dist[1] = 0
    queue = deque([1])
    while queue:
        node = queue.popleft()
        for nxt in range(1, n + 1):
            if joined[node][nxt] and dist[nxt] < 0:
                dist[nxt] = dist[node] + 1
                queue.append(nxt)
    return dist.count(max(dist))

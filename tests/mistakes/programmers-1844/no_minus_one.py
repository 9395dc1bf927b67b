"""1844: writes distances into maps and returns maps[n-1][m-1], forgetting -1 when the exit is never reached."""

from collections import deque


def solution(maps):
    n, m = len(maps), len(maps[0])
    queue = deque([(0, 0)])
    while queue:
        r, c = queue.popleft()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < n and 0 <= nc < m and maps[nr][nc] == 1 and (nr, nc) != (0, 0):
                maps[nr][nc] = maps[r][c] + 1
                queue.append((nr, nc))
    return maps[n - 1][m - 1]

"""1844: depth-first search that returns the length of the first route it finds, marking cells visited for good."""

import sys


def solution(maps):
    sys.setrecursionlimit(20000)
    n, m = len(maps), len(maps[0])
    visited = [[False] * m for _ in range(n)]

    def dfs(r, c, cells):
        if (r, c) == (n - 1, m - 1):
            return cells
        visited[r][c] = True
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < n and 0 <= nc < m and maps[nr][nc] == 1 and not visited[nr][nc]:
                found = dfs(nr, nc, cells + 1)
                if found != -1:
                    return found
        return -1

    return dfs(0, 0, 1)

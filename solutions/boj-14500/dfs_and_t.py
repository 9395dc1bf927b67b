"""Depth-first search over paths of four cells from every cell, plus the T shapes tried apart.

A path of four cells makes every tetromino except the T (ㅗ ㅜ ㅏ ㅓ), whose centre
has three neighbours; for the T, add three of the centre's four neighbours.

Time: O(N * M * 4^3). Space: O(N * M).
"""
import sys

sys.setrecursionlimit(10_000)
input = sys.stdin.readline

n, m = map(int, input().split())
paper = [list(map(int, input().split())) for _ in range(n)]
visited = [[False] * m for _ in range(n)]
STEPS = ((1, 0), (-1, 0), (0, 1), (0, -1))
best = 0


def dfs(r, c, count, total):
    global best
    if count == 4:
        best = max(best, total)
        return
    for dr, dc in STEPS:
        nr, nc = r + dr, c + dc
        if 0 <= nr < n and 0 <= nc < m and not visited[nr][nc]:
            visited[nr][nc] = True
            dfs(nr, nc, count + 1, total + paper[nr][nc])
            visited[nr][nc] = False


def t_shapes(r, c):
    global best
    arms = [paper[r + dr][c + dc] for dr, dc in STEPS if 0 <= r + dr < n and 0 <= c + dc < m]
    if len(arms) >= 3:
        best = max(best, paper[r][c] + sum(arms) - (min(arms) if len(arms) == 4 else 0))


for r in range(n):
    for c in range(m):
        visited[r][c] = True
        dfs(r, c, 1, paper[r][c])
        visited[r][c] = False
        t_shapes(r, c)
print(best)

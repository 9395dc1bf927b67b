"""A depth-4 DFS from every cell and nothing else: a path of four cells never makes the T (ㅗ ㅜ ㅏ ㅓ)."""
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


for r in range(n):
    for c in range(m):
        visited[r][c] = True
        dfs(r, c, 1, paper[r][c])
        visited[r][c] = False
print(best)

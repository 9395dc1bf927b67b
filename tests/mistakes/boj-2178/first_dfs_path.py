"""DFS instead of BFS: prints the length of the first path found, not the shortest one."""
import sys

input = sys.stdin.readline
n, m = map(int, input().split())
maze = [input().strip() for _ in range(n)]
seen = [[False] * m for _ in range(n)]
seen[0][0] = True
stack = [(0, 0, 1)]
while stack:
    r, c, d = stack.pop()
    if (r, c) == (n - 1, m - 1):
        print(d)
        break
    for nr, nc in ((r - 1, c), (r, c - 1), (r + 1, c), (r, c + 1)):
        if 0 <= nr < n and 0 <= nc < m and maze[nr][nc] == "1" and not seen[nr][nc]:
            seen[nr][nc] = True
            stack.append((nr, nc, d + 1))

"""Off by one: counts the steps taken, not the cells passed, so every answer is one short."""
import sys
from collections import deque

input = sys.stdin.readline
n, m = map(int, input().split())
maze = [input().strip() for _ in range(n)]
dist = [[-1] * m for _ in range(n)]
dist[0][0] = 0
queue = deque([(0, 0)])
while queue:
    r, c = queue.popleft()
    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
        if 0 <= nr < n and 0 <= nc < m and maze[nr][nc] == "1" and dist[nr][nc] < 0:
            dist[nr][nc] = dist[r][c] + 1
            queue.append((nr, nc))
print(dist[n - 1][m - 1])

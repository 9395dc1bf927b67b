"""Checks only its own table of days, never that a cell holds a tomato: ripening passes through empty cells."""
import sys
from collections import deque

input = sys.stdin.readline
m, n = map(int, input().split())
box = [list(map(int, input().split())) for _ in range(n)]
dist = [[-1] * m for _ in range(n)]
queue = deque()
for r in range(n):
    for c in range(m):
        if box[r][c] == 1:
            dist[r][c] = 0
            queue.append((r, c))
while queue:
    r, c = queue.popleft()
    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
        if 0 <= nr < n and 0 <= nc < m and dist[nr][nc] == -1:
            dist[nr][nc] = dist[r][c] + 1
            queue.append((nr, nc))
unripe = [dist[r][c] for r in range(n) for c in range(m) if box[r][c] == 0]
print(-1 if -1 in unripe else max(unripe, default=0))

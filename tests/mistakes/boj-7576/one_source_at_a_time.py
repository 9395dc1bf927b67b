"""Runs a separate search from each ripe tomato in turn: the first one ripens far tomatoes too late."""
import sys
from collections import deque

input = sys.stdin.readline
m, n = map(int, input().split())
box = [list(map(int, input().split())) for _ in range(n)]
days = [[0] * m for _ in range(n)]
for sr in range(n):
    for sc in range(m):
        if box[sr][sc] != 1 or days[sr][sc]:
            continue
        queue = deque([(sr, sc)])
        while queue:
            r, c = queue.popleft()
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < n and 0 <= nc < m and box[nr][nc] == 0:
                    box[nr][nc] = 1
                    days[nr][nc] = days[r][c] + 1
                    queue.append((nr, nc))
print(-1 if any(0 in row for row in box) else max(map(max, days)))

"""Runs a separate search from each ripe tomato in turn: the first one ripens far tomatoes too late."""
import sys
from collections import deque

input = sys.stdin.readline
m, n, h = map(int, input().split())
stack = [[list(map(int, input().split())) for _ in range(n)] for _ in range(h)]
days = {}
for start in [(z, r, c) for z in range(h) for r in range(n) for c in range(m) if stack[z][r][c] == 1]:
    days.setdefault(start, 0)
    queue = deque([start])
    while queue:
        z, r, c = queue.popleft()
        for nz, nr, nc in ((z + 1, r, c), (z - 1, r, c), (z, r + 1, c), (z, r - 1, c), (z, r, c + 1), (z, r, c - 1)):
            if 0 <= nz < h and 0 <= nr < n and 0 <= nc < m and stack[nz][nr][nc] == 0:
                stack[nz][nr][nc] = 1
                days[nz, nr, nc] = days[z, r, c] + 1
                queue.append((nz, nr, nc))
print(-1 if any(0 in row for box in stack for row in box) else max(days.values(), default=0))

"""Spreads only within each box (four directions): the boxes above and below are never reached."""
import sys
from collections import deque

input = sys.stdin.readline
m, n, h = map(int, input().split())
stack = [[list(map(int, input().split())) for _ in range(n)] for _ in range(h)]
queue = deque((z, r, c) for z in range(h) for r in range(n) for c in range(m) if stack[z][r][c] == 1)
last = 1
while queue:
    z, r, c = queue.popleft()
    last = stack[z][r][c]
    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
        if 0 <= nr < n and 0 <= nc < m and stack[z][nr][nc] == 0:
            stack[z][nr][nc] = last + 1
            queue.append((z, nr, nc))
print(-1 if any(0 in row for box in stack for row in box) else last - 1)

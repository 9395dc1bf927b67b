"""Prints the last day reached without checking that every tomato ripened: no -1 for a sealed-off tomato."""
import sys
from collections import deque

input = sys.stdin.readline
m, n = map(int, input().split())
box = [list(map(int, input().split())) for _ in range(n)]
queue = deque((r, c) for r in range(n) for c in range(m) if box[r][c] == 1)
day = 0
while queue:
    r, c = queue.popleft()
    day = box[r][c] - 1
    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
        if 0 <= nr < n and 0 <= nc < m and box[nr][nc] == 0:
            box[nr][nc] = box[r][c] + 1
            queue.append((nr, nc))
print(day)

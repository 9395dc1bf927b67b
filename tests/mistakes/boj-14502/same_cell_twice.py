"""Tries the walls with repetition (three free loops): the same cell can take two walls, so fewer than three go up."""
import sys
from collections import deque
from itertools import product

input = sys.stdin.readline
n, m = map(int, input().split())
lab = [list(map(int, input().split())) for _ in range(n)]
empty = [(r, c) for r in range(n) for c in range(m) if lab[r][c] == 0]
best = 0
for walls in product(empty, repeat=3):
    grid = [row[:] for row in lab]
    for r, c in walls:
        grid[r][c] = 1
    queue = deque((r, c) for r in range(n) for c in range(m) if grid[r][c] == 2)
    while queue:
        r, c = queue.popleft()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < n and 0 <= nc < m and grid[nr][nc] == 0:
                grid[nr][nc] = 2
                queue.append((nr, nc))
    best = max(best, sum(row.count(0) for row in grid))
print(best)

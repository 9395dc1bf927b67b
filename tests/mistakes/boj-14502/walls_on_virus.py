"""Lets a wall go on any cell that is not already a wall, a virus's included: walling a virus removes it."""
import sys
from collections import deque
from itertools import combinations

input = sys.stdin.readline
n, m = map(int, input().split())
lab = [list(map(int, input().split())) for _ in range(n)]
free = [(r, c) for r in range(n) for c in range(m) if lab[r][c] != 1]
best = 0
for walls in combinations(free, 3):
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

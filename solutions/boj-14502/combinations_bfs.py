"""Try every choice of three empty cells for the walls; spread the virus from each choice by BFS.

For each choice, copy the map, raise the three walls, and run a breadth-first
search from every virus over empty cells. The empty cells it never reaches are
the safe area; keep the largest.

Time: O(C(E, 3) * N * M) for E empty cells. Space: O(N * M).
"""
import sys
from collections import deque
from itertools import combinations

input = sys.stdin.readline

n, m = map(int, input().split())
lab = [list(map(int, input().split())) for _ in range(n)]
empty = [(r, c) for r in range(n) for c in range(m) if lab[r][c] == 0]
viruses = [(r, c) for r in range(n) for c in range(m) if lab[r][c] == 2]
best = 0
for walls in combinations(empty, 3):
    grid = [row[:] for row in lab]
    for r, c in walls:
        grid[r][c] = 1
    queue = deque(viruses)
    infected = 0
    while queue:
        r, c = queue.popleft()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < n and 0 <= nc < m and grid[nr][nc] == 0:
                grid[nr][nc] = 2
                infected += 1
                queue.append((nr, nc))
    best = max(best, len(empty) - 3 - infected)
print(best)

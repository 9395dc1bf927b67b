"""Breadth-first search from the entrance with a deque.

Cells are dequeued in order of distance, so the first time the exit is reached
is by a shortest path. dist counts cells passed, the entrance included.

Time: O(N * M). Space: O(N * M).
"""
import sys
from collections import deque

input = sys.stdin.readline

n, m = map(int, input().split())
maze = [input().strip() for _ in range(n)]
dist = [[0] * m for _ in range(n)]
dist[0][0] = 1
queue = deque([(0, 0)])
while queue:
    r, c = queue.popleft()
    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
        if 0 <= nr < n and 0 <= nc < m and maze[nr][nc] == "1" and not dist[nr][nc]:
            dist[nr][nc] = dist[r][c] + 1
            queue.append((nr, nc))
print(dist[n - 1][m - 1])

"""Breadth-first search from every ripe tomato at once, with a deque.

All ripe tomatoes start in the queue on day 0; each unripe neighbour of a tomato
ripened on day d ripens on day d + 1. The last day set is the answer, unless
some tomato was never reached (-1).

Time: O(N * M). Space: O(N * M).
"""
import sys
from collections import deque

input = sys.stdin.readline

m, n = map(int, input().split())
box = [list(map(int, input().split())) for _ in range(n)]
queue = deque((r, c) for r in range(n) for c in range(m) if box[r][c] == 1)
day = 0
while queue:
    r, c = queue.popleft()
    day = box[r][c] - 1  # box holds day + 1 for every ripe tomato
    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
        if 0 <= nr < n and 0 <= nc < m and box[nr][nc] == 0:
            box[nr][nc] = box[r][c] + 1
            queue.append((nr, nc))
print(-1 if any(0 in row for row in box) else day)

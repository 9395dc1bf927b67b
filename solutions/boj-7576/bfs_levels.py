"""Ripen the box one day at a time: today's frontier makes tomorrow's.

The frontier starts as every ripe tomato. Each day, every unripe neighbour of the
frontier ripens and forms the next frontier; the days counted until a frontier
is empty are the answer, unless an unripe tomato is left (-1).

Time: O(N * M). Space: O(N * M).
"""
import sys

input = sys.stdin.readline

m, n = map(int, input().split())
box = [list(map(int, input().split())) for _ in range(n)]
frontier = [(r, c) for r in range(n) for c in range(m) if box[r][c] == 1]
days = -1
while frontier:
    days += 1
    following = []
    for r, c in frontier:
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < n and 0 <= nc < m and box[nr][nc] == 0:
                box[nr][nc] = 1
                following.append((nr, nc))
    frontier = following
print(-1 if any(0 in row for row in box) else max(days, 0))

"""Simulate the stack day by day, exactly as the story tells it.

Each day, every unripe tomato with a ripe neighbour (as the stack stood that
morning) in any of the six directions ripens. When a day ripens nothing, stop:
the days that did ripen some are the answer, or -1 if an unripe tomato is left.
No queue and no visiting order: the oracle.

Time: O(H * N * M * days). Space: O(H * N * M).
"""
import sys

input = sys.stdin.readline

m, n, h = map(int, input().split())
stack = [[list(map(int, input().split())) for _ in range(n)] for _ in range(h)]
SIDES = ((1, 0, 0), (-1, 0, 0), (0, 1, 0), (0, -1, 0), (0, 0, 1), (0, 0, -1))
days = 0
while True:
    ripening = [(z, r, c) for z in range(h) for r in range(n) for c in range(m) if stack[z][r][c] == 0 and any(
        0 <= z + dz < h and 0 <= r + dr < n and 0 <= c + dc < m and stack[z + dz][r + dr][c + dc] == 1
        for dz, dr, dc in SIDES)]
    if not ripening:
        break
    for z, r, c in ripening:
        stack[z][r][c] = 1
    days += 1
print(-1 if any(0 in row for box in stack for row in box) else days)

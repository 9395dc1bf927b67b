"""Simulate the box day by day, exactly as the story tells it.

Each day, every unripe tomato with a ripe neighbour (as the box stood that
morning) ripens. When a day ripens nothing, stop: the days that did ripen some
are the answer, or -1 if an unripe tomato is left. No queue, no visiting order:
the oracle.

Time: O(N * M * days), up to O((N * M)^2) on a winding box. Space: O(N * M).
"""
import sys

input = sys.stdin.readline

m, n = map(int, input().split())
box = [list(map(int, input().split())) for _ in range(n)]
days = 0
while True:
    ripening = [(r, c) for r in range(n) for c in range(m) if box[r][c] == 0 and any(
        0 <= nr < n and 0 <= nc < m and box[nr][nc] == 1
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)))]
    if not ripening:
        break
    for r, c in ripening:
        box[r][c] = 1
    days += 1
print(-1 if any(0 in row for row in box) else days)

"""Ripen the stack one day at a time: today's frontier makes tomorrow's.

The frontier starts as every ripe tomato; each day, every unripe neighbour of
the frontier in the six directions ripens and forms the next frontier. Counted
inside a function, where local names are fast.

Time: O(H * N * M). Space: O(H * N * M).
"""
import sys


def main():
    input = sys.stdin.readline
    m, n, h = map(int, input().split())
    stack = [[list(map(int, input().split())) for _ in range(n)] for _ in range(h)]
    frontier = [(z, r, c) for z in range(h) for r in range(n) for c in range(m) if stack[z][r][c] == 1]
    days = -1
    while frontier:
        days += 1
        following = []
        for z, r, c in frontier:
            for nz, nr, nc in ((z + 1, r, c), (z - 1, r, c), (z, r + 1, c), (z, r - 1, c), (z, r, c + 1),
                               (z, r, c - 1)):
                if 0 <= nz < h and 0 <= nr < n and 0 <= nc < m and stack[nz][nr][nc] == 0:
                    stack[nz][nr][nc] = 1
                    following.append((nz, nr, nc))
        frontier = following
    print(-1 if any(0 in row for box in stack for row in box) else max(days, 0))


main()

"""Prints the last day without checking that every tomato ripened: a sealed-off tomato still gives a day count."""
import sys
from collections import deque

input = sys.stdin.readline
m, n, h = map(int, input().split())
stack = [[list(map(int, input().split())) for _ in range(n)] for _ in range(h)]
queue = deque((z, r, c) for z in range(h) for r in range(n) for c in range(m) if stack[z][r][c] == 1)
last = 1
while queue:
    z, r, c = queue.popleft()
    last = stack[z][r][c]
    for nz, nr, nc in ((z + 1, r, c), (z - 1, r, c), (z, r + 1, c), (z, r - 1, c), (z, r, c + 1), (z, r, c - 1)):
        if 0 <= nz < h and 0 <= nr < n and 0 <= nc < m and stack[nz][nr][nc] == 0:
            stack[nz][nr][nc] = last + 1
            queue.append((nz, nr, nc))
print(last - 1)

"""Reuses the first count's visited table for the second count: every cell is already visited, so it prints 0."""
import sys
from collections import deque

input = sys.stdin.readline
n = int(input())
picture = [list(input().strip()) for _ in range(n)]
seen = [[False] * n for _ in range(n)]


def count():
    regions = 0
    for sr in range(n):
        for sc in range(n):
            if not seen[sr][sc]:
                regions += 1
                seen[sr][sc] = True
                queue = deque([(sr, sc)])
                while queue:
                    r, c = queue.popleft()
                    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                        if 0 <= nr < n and 0 <= nc < n and not seen[nr][nc] and picture[nr][nc] == picture[r][c]:
                            seen[nr][nc] = True
                            queue.append((nr, nc))
    return regions


normal = count()
for row in picture:
    for c in range(n):
        if row[c] == "G":
            row[c] = "R"
print(normal, count())

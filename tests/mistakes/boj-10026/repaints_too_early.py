"""Repaints every G as R before the first count, so both counts are the colour-blind one."""
import sys
from collections import deque

input = sys.stdin.readline
n = int(input())
picture = [input().strip() for _ in range(n)]


def count(picture):
    seen = [[False] * n for _ in range(n)]
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


picture = [row.replace("G", "R") for row in picture]
normal = count(picture)
print(normal, count(picture))

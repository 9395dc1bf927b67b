"""A recursive flood fill without sys.setrecursionlimit: a region of over 1,000 cells raises RecursionError."""
import sys

input = sys.stdin.readline
n = int(input())
picture = [input().strip() for _ in range(n)]


def fill(picture, seen, r, c):
    seen[r][c] = True
    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
        if 0 <= nr < n and 0 <= nc < n and not seen[nr][nc] and picture[nr][nc] == picture[r][c]:
            fill(picture, seen, nr, nc)


def count(picture):
    seen = [[False] * n for _ in range(n)]
    regions = 0
    for r in range(n):
        for c in range(n):
            if not seen[r][c]:
                regions += 1
                fill(picture, seen, r, c)
    return regions


print(count(picture), count([row.replace("G", "R") for row in picture]))

"""Recursive depth-first search from each unvisited house; each search returns its complex's size.

A complex holds at most 625 houses, under Python's default recursion limit, but
the limit is raised anyway. Sizes are sorted as integers.

Time: O(N^2 + C log C) for C complexes. Space: O(N^2).
"""
import sys

input = sys.stdin.readline
sys.setrecursionlimit(10_000)

n = int(input())
grid = [list(map(int, input().strip())) for _ in range(n)]


def dfs(r, c):
    grid[r][c] = 0  # visited: no longer a house to start from
    size = 1
    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
        if 0 <= nr < n and 0 <= nc < n and grid[nr][nc]:
            size += dfs(nr, nc)
    return size


sizes = sorted(dfs(r, c) for r in range(n) for c in range(n) if grid[r][c])
print(len(sizes))
print(*sizes, sep="\n")

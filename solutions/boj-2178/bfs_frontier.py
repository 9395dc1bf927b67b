"""Breadth-first search one whole level at a time, with plain lists.

The frontier holds every cell at distance d; the next frontier is every new open
neighbour of it. The level at which the exit first appears is the answer.

Time: O(N * M). Space: O(N * M).
"""
import sys

input = sys.stdin.readline

n, m = map(int, input().split())
maze = [input().strip() for _ in range(n)]
seen = {(0, 0)}
frontier, level = [(0, 0)], 1
while (n - 1, m - 1) not in seen:
    following = []
    for r, c in frontier:
        for cell in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            nr, nc = cell
            if 0 <= nr < n and 0 <= nc < m and maze[nr][nc] == "1" and cell not in seen:
                seen.add(cell)
                following.append(cell)
    frontier, level = following, level + 1
print(level)

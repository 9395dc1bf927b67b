"""Sweep the grid again and again, lowering each cell to one more than its best neighbour.

Distances start at infinity except the entrance (1). A sweep sets every open
cell to min(itself, 1 + each neighbour); when a sweep changes nothing, every
distance is final. No queue and no visiting order to get wrong: the oracle.

Time: O(N * M * sweeps), up to O((N * M)^2) on a winding maze. Space: O(N * M).
"""
import sys

input = sys.stdin.readline

n, m = map(int, input().split())
maze = [input().strip() for _ in range(n)]
far = n * m + 1
dist = [[far] * m for _ in range(n)]
dist[0][0] = 1
changed = True
while changed:
    changed = False
    for r in range(n):
        for c in range(m):
            if maze[r][c] != "1":
                continue
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < n and 0 <= nc < m and dist[nr][nc] + 1 < dist[r][c]:
                    dist[r][c] = dist[nr][nc] + 1
                    changed = True
print(dist[n - 1][m - 1])

"""Relax every cell from its four neighbours, sweeping the map until nothing changes.

dist[cell] starts at 1 for the start and infinity elsewhere; each sweep lowers an
open cell to one more than its best neighbour. When a sweep changes nothing, every
distance is the shortest (Bellman-Ford on the grid); infinity at the exit means -1.

Time: O((nm)^2) in the worst case. Space: O(nm).
"""

INF = float("inf")


def solution(maps):
    """Cells on a shortest path from the top-left to the bottom-right, or -1."""
    n, m = len(maps), len(maps[0])
    dist = [[INF] * m for _ in range(n)]
    dist[0][0] = 1
    changed = True
    while changed:
        changed = False
        for r in range(n):
            for c in range(m):
                if maps[r][c] and (r, c) != (0, 0):
                    best = 1 + min(dist[r + dr][c + dc] for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))
                                   if 0 <= r + dr < n and 0 <= c + dc < m)
                    if best < dist[r][c]:
                        dist[r][c], changed = best, True
    return -1 if dist[n - 1][m - 1] == INF else dist[n - 1][m - 1]

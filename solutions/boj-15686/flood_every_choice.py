"""For every set of at most M shops, flood the city from the kept shops one step a turn
(breadth-first, up, down, left, right) to learn each cell's distance to its nearest
kept shop; add the houses' distances and keep the least. The oracle: no distance formula,
and every smaller set tried too.

Time: O(2^S * N^2) for S shops. Space: O(N^2).
"""
import sys
from itertools import combinations

input = sys.stdin.readline

n, m = map(int, input().split())
city = [list(map(int, input().split())) for _ in range(n)]
shops = [(r, c) for r in range(n) for c in range(n) if city[r][c] == 2]
houses = [(r, c) for r in range(n) for c in range(n) if city[r][c] == 1]
best = None
for k in range(1, m + 1):
    for kept in combinations(shops, k):
        dist = {cell: 0 for cell in kept}
        frontier = list(kept)
        step = 0
        while frontier:
            step += 1
            grown = []
            for r, c in frontier:
                for cell in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= cell[0] < n and 0 <= cell[1] < n and cell not in dist:
                        dist[cell] = step
                        grown.append(cell)
            frontier = grown
        total = sum(dist[house] for house in houses)
        if best is None or total < best:
            best = total
print(best)

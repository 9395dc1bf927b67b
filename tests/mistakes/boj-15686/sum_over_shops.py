"""Sums over the kept shops (each shop's distance to its nearest house) instead of over the houses."""
import sys
from itertools import combinations

input = sys.stdin.readline

n, m = map(int, input().split())
city = [list(map(int, input().split())) for _ in range(n)]
shops = [(r, c) for r in range(n) for c in range(n) if city[r][c] == 2]
houses = [(r, c) for r in range(n) for c in range(n) if city[r][c] == 1]

best = float("inf")
for kept in combinations(shops, m):
    total = sum(min(abs(hr - sr) + abs(hc - sc) for hr, hc in houses) for sr, sc in kept)
    best = min(best, total)
print(best)

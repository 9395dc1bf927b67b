"""Try every set of exactly M shops (closing more never helps); for each house take the
least Manhattan distance |r1 - r2| + |c1 - c2| to a kept shop, and keep the least sum.

Time: O(C(S, M) * H * M) for S shops and H houses. Space: O(H + S).
"""
import sys
from itertools import combinations

input = sys.stdin.readline

n, m = map(int, input().split())
city = [list(map(int, input().split())) for _ in range(n)]
shops = [(r, c) for r in range(n) for c in range(n) if city[r][c] == 2]
houses = [(r, c) for r in range(n) for c in range(n) if city[r][c] == 1]
best = float("inf")
for kept in combinations(shops, m):
    total = 0
    for hr, hc in houses:
        total += min(abs(hr - sr) + abs(hc - sc) for sr, sc in kept)
    best = min(best, total)
print(best)

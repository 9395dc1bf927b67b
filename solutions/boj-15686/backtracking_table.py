"""Precompute each shop's distance to each house, then choose the M shops by backtracking,
carrying each house's nearest distance so far down the recursion.

Time: O(C(S, M) * H) for S shops and H houses. Space: O(S * H + M * H).
"""
import sys

input = sys.stdin.readline

n, m = map(int, input().split())
city = [list(map(int, input().split())) for _ in range(n)]
shops = [(r, c) for r in range(n) for c in range(n) if city[r][c] == 2]
houses = [(r, c) for r in range(n) for c in range(n) if city[r][c] == 1]
table = [[abs(hr - sr) + abs(hc - sc) for hr, hc in houses] for sr, sc in shops]
best = float("inf")


def choose(start, left, nearest):
    """Keep ``left`` more shops from shops[start:], houses' nearest distances so far in ``nearest``."""
    global best
    if left == 0:
        best = min(best, sum(nearest))
        return
    for i in range(start, len(shops) - left + 1):
        choose(i + 1, left - 1, [min(a, b) for a, b in zip(nearest, table[i])])


choose(0, m, [2 * n] * len(houses))
print(best)

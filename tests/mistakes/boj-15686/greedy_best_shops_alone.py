"""Greedy: keeps the M shops with the least total distance to all houses, each judged alone."""
import sys

input = sys.stdin.readline

n, m = map(int, input().split())
city = [list(map(int, input().split())) for _ in range(n)]
shops = [(r, c) for r in range(n) for c in range(n) if city[r][c] == 2]
houses = [(r, c) for r in range(n) for c in range(n) if city[r][c] == 1]

alone = sorted(shops, key=lambda shop: sum(abs(hr - shop[0]) + abs(hc - shop[1]) for hr, hc in houses))
kept = alone[:m]
print(sum(min(abs(hr - sr) + abs(hc - sc) for sr, sc in kept) for hr, hc in houses))

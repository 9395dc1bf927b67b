"""Bellman-Ford from every city: relax every bus, round after round, until a round changes nothing.

From one start, each round extends every known cost by one more bus, and a cheapest
route uses at most n - 1 buses, so the rounds stop by then. Doing it from each of the
n cities gives every pair. No intermediate-city order to get right: the oracle.

Time: O(n^2 * m). Space: O(n^2 + m).
"""
import sys

input = sys.stdin.readline

n = int(input())
m = int(input())
buses = [tuple(map(int, input().split())) for _ in range(m)]
INF = float("inf")
lines = []
for start in range(1, n + 1):
    cost = [INF] * (n + 1)
    cost[start] = 0
    for _ in range(n - 1):
        changed = False
        for a, b, c in buses:
            if cost[a] + c < cost[b]:
                cost[b] = cost[a] + c
                changed = True
        if not changed:
            break
    lines.append(" ".join("0" if x == INF else str(x) for x in cost[1:]))
print("\n".join(lines))

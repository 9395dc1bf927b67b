"""Bellman-Ford: relax every bus, round after round, until a round changes nothing.

A cheapest route visits each city at most once, so it uses at most N - 1 buses, and
each round extends every known cost by one more bus: after N - 1 rounds every cost
is final. No priority and no visiting order to get wrong: the oracle.

Time: O(N * M). Space: O(N + M).
"""
import sys

input = sys.stdin.readline

n = int(input())
m = int(input())
buses = [tuple(map(int, input().split())) for _ in range(m)]
start, end = map(int, input().split())
INF = float("inf")
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
print(cost[end])

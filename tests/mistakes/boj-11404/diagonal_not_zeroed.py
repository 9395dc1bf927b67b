"""Never sets dist[i][i] = 0: a round trip i -> j -> i is printed on the diagonal instead of 0."""
import sys

input = sys.stdin.readline
n = int(input())
m = int(input())
INF = 10**9
dist = [[INF] * (n + 1) for _ in range(n + 1)]
for _ in range(m):
    a, b, c = map(int, input().split())
    dist[a][b] = min(dist[a][b], c)
for k in range(1, n + 1):
    for i in range(1, n + 1):
        for j in range(1, n + 1):
            dist[i][j] = min(dist[i][j], dist[i][k] + dist[k][j])
for i in range(1, n + 1):
    print(*(0 if x == INF else x for x in dist[i][1:]))

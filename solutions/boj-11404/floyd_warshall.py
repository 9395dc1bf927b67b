"""Floyd-Warshall: allow the cities 1, 2, ..., k as stops, one k at a time.

dist[i][j] starts at the cheapest direct bus (parallel buses folded with min), 0 on
the diagonal and infinity elsewhere. With k as the outermost loop, after round k
dist[i][j] is the cheapest route whose stops are among 1..k. Unreachable pairs
print 0. Printed row by row with print().

Time: O(n^3 + m). Space: O(n^2).
"""
import sys

input = sys.stdin.readline

n = int(input())
m = int(input())
INF = float("inf")
dist = [[INF] * (n + 1) for _ in range(n + 1)]
for i in range(1, n + 1):
    dist[i][i] = 0
for _ in range(m):
    a, b, c = map(int, input().split())
    if c < dist[a][b]:
        dist[a][b] = c
for k in range(1, n + 1):
    for i in range(1, n + 1):
        for j in range(1, n + 1):
            if dist[i][k] + dist[k][j] < dist[i][j]:
                dist[i][j] = dist[i][k] + dist[k][j]
for i in range(1, n + 1):
    print(*(0 if x == INF else x for x in dist[i][1:]))

"""Dijkstra's algorithm without a heap, on a cost matrix that keeps the cheapest bus per pair.

With N at most 1,000, an N x N matrix holds the cheapest direct fare between every
two cities (parallel buses folded with min). Each of the N steps scans all cities
for the cheapest unsettled one, then relaxes its row: N^2 = 10^6 steps, no heap.

Time: O(N^2 + M). Space: O(N^2).
"""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    INF = float("inf")
    fare = [[INF] * (n + 1) for _ in range(n + 1)]
    for i in range(2, 2 + 3 * m, 3):
        a, b, c = int(data[i]), int(data[i + 1]), int(data[i + 2])
        if c < fare[a][b]:
            fare[a][b] = c
    start, end = int(data[2 + 3 * m]), int(data[3 + 3 * m])
    cost = [INF] * (n + 1)
    cost[start] = 0
    settled = [False] * (n + 1)
    for _ in range(n):
        a, best = 0, INF
        for i in range(1, n + 1):
            if not settled[i] and cost[i] < best:
                a, best = i, cost[i]
        if a == 0 or a == end:
            break
        settled[a] = True
        row = fare[a]
        for b in range(1, n + 1):
            if best + row[b] < cost[b]:
                cost[b] = best + row[b]
    print(cost[end])


main()

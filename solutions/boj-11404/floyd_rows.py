"""Floyd-Warshall by whole rows: for each stop k, rebuild row i as the elementwise min with dist[i][k] + row k.

The same recurrence as floyd_warshall.py, with the innermost loop written as one list
comprehension over zip(row_i, row_k), and rows whose dist[i][k] is infinite skipped:
a route through k cannot help them. The output is written once with sys.stdout.write.

Time: O(n^3 + m). Space: O(n^2).
"""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    INF = float("inf")
    dist = [[INF] * n for _ in range(n)]
    for i in range(n):
        dist[i][i] = 0
    for t in range(2, 2 + 3 * m, 3):
        a, b, c = int(data[t]) - 1, int(data[t + 1]) - 1, int(data[t + 2])
        if c < dist[a][b]:
            dist[a][b] = c
    for k in range(n):
        row_k = dist[k]
        for i in range(n):
            row_i = dist[i]
            through = row_i[k]
            if through == INF or i == k:
                continue
            dist[i] = [x if x <= through + y else through + y for x, y in zip(row_i, row_k)]
    out = [" ".join("0" if x == INF else str(x) for x in row) for row in dist]
    sys.stdout.write("\n".join(out) + "\n")


main()

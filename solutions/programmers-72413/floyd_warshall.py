"""All-pairs shortest fares by Floyd-Warshall; then try every node k as the place where the shared ride ends.

The total through k is dist[s][k] + dist[k][a] + dist[k][b]; k = s means no
sharing at all, k = a or k = b means sharing all the way to one home. Written
the plain way members write it, min() in the innermost loop.

Time: O(n^3). Space: O(n^2).
"""

INF = float("inf")


def solution(n, s, a, b, fares):
    """The lowest total fare: the best split point over all nodes."""
    dist = [[0 if i == j else INF for j in range(n + 1)] for i in range(n + 1)]
    for c, d, f in fares:
        dist[c][d] = dist[d][c] = f
    for k in range(1, n + 1):
        for i in range(1, n + 1):
            for j in range(1, n + 1):
                dist[i][j] = min(dist[i][j], dist[i][k] + dist[k][j])
    return min(dist[s][k] + dist[k][a] + dist[k][b] for k in range(1, n + 1))

"""72413: tries only split points other than a and b, so sharing all the way to one home is missed."""

INF = float("inf")


def solution(n, s, a, b, fares):
    dist = [[0 if i == j else INF for j in range(n + 1)] for i in range(n + 1)]
    for c, d, f in fares:
        dist[c][d] = dist[d][c] = f
    for k in range(1, n + 1):
        for i in range(1, n + 1):
            for j in range(1, n + 1):
                dist[i][j] = min(dist[i][j], dist[i][k] + dist[k][j])
    return min(dist[s][k] + dist[k][a] + dist[k][b] for k in range(1, n + 1) if k not in (a, b))

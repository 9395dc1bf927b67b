"""Shared taxi fare: all-pairs cheapest fares by Floyd-Warshall, then try every place k as
where the shared ride ends: dist[s][k] + dist[k][a] + dist[k][b].

Idea: a 2-D table of fares (a big number for "no road"), the classic triple loop with k
outermost, then a loop over k for the best split (k = s means no sharing).

Time: O(n^3). Space: O(n^2).
Written plainly: INF = int(1e9), a list of lists, min() in the innermost loop, no skipping.
"""

INF = int(1e9)


def solution(n, s, a, b, fares):
    dist = [[INF] * (n + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        dist[i][i] = 0
    for c, d, f in fares:
        dist[c][d] = f
        dist[d][c] = f

    for k in range(1, n + 1):
        for i in range(1, n + 1):
            for j in range(1, n + 1):
                dist[i][j] = min(dist[i][j], dist[i][k] + dist[k][j])

    answer = INF
    for k in range(1, n + 1):
        answer = min(answer, dist[s][k] + dist[k][a] + dist[k][b])
    return answer

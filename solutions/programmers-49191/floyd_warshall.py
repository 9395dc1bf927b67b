"""Transitive closure by Floyd-Warshall: a beat b if a beat k and k beat b, for every middle boxer k in turn.

A boxer's rank is certain when every other boxer is known to beat them or to lose to them.

Time: O(n^3). Space: O(n^2).
"""


def solution(n, results):
    """How many boxers are ordered against every other boxer by the results and their chains."""
    beats = [[False] * (n + 1) for _ in range(n + 1)]
    for a, b in results:
        beats[a][b] = True
    for k in range(1, n + 1):  # the middle boxer must be the outermost loop
        for i in range(1, n + 1):
            if beats[i][k]:
                for j in range(1, n + 1):
                    if beats[k][j]:
                        beats[i][j] = True
    return sum(1 for x in range(1, n + 1)
               if sum(beats[x][y] or beats[y][x] for y in range(1, n + 1)) == n - 1)

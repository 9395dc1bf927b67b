"""Warshall's transitive closure: i reaches j if it reaches some k that reaches j.

After the closure, two computers share a network exactly when they reach each
other, so each network is one distinct row of the reach matrix; count them.

Time: O(n^3). Space: O(n^2).
"""


def solution(n, computers):
    """Number of distinct rows of the reachability matrix."""
    reach = [[bool(x) for x in row] for row in computers]
    for k in range(n):
        for i in range(n):
            if reach[i][k]:
                for j in range(n):
                    if reach[k][j]:
                        reach[i][j] = True
    return len({tuple(row) for row in reach})

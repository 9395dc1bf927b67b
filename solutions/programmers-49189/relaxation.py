"""Relax every edge both ways, sweep after sweep, until no distance from node 1 changes.

Distances start at infinity except node 1's 0; a sweep lowers either end of an
edge to one more than the other end. When a sweep changes nothing, each distance
is the fewest edges from node 1 (Bellman-Ford with unit weights, no search order).

Time: O(n * E) in the worst case (a sweep per level). Space: O(n).
"""

INF = float("inf")


def solution(n, edge):
    """How many nodes are farthest from node 1, counting edges on a shortest path."""
    dist = [INF] * (n + 1)
    dist[1] = 0
    changed = True
    while changed:
        changed = False
        for a, b in edge:
            if dist[a] + 1 < dist[b]:
                dist[b], changed = dist[a] + 1, True
            if dist[b] + 1 < dist[a]:
                dist[a], changed = dist[b] + 1, True
    farthest = max(dist[1:])
    return dist[1:].count(farthest)

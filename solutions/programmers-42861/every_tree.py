"""Try every set of n - 1 bridges; keep the cheapest that joins all the islands.

A set of n - 1 bridges joins n islands exactly when it is a spanning tree, and
some cheapest connecting set is a tree (drop a bridge from any cycle). Each
candidate is checked by flooding from island 0. Nothing about cutting or
growing trees greedily is used, so it judges Kruskal and Prim.

Time: O(C(E, n - 1) * n). Space: O(n + E).
"""

from itertools import combinations


def joins_all(n, bridges):
    """True when the bridges connect every island to island 0."""
    reached, frontier = {0}, [0]
    while frontier:
        here = frontier.pop()
        for a, b, _ in bridges:
            for x, y in ((a, b), (b, a)):
                if x == here and y not in reached:
                    reached.add(y)
                    frontier.append(y)
    return len(reached) == n


def solution(n, costs):
    """The cheapest spanning set of bridges, by exhaustive search."""
    return min(sum(c for _, _, c in chosen)
               for chosen in combinations(costs, n - 1) if joins_all(n, chosen))

"""Try every ordering of the boxers; keep those where each winner stands above the loser.

A boxer's rank is certain exactly when it is the same in every ordering that
agrees with all the results: the statement taken literally, with no graph idea.

Time: O(n! * len(results)). Space: O(n).
"""

from itertools import permutations


def solution(n, results):
    """How many boxers hold the same rank in every ordering that fits the results."""
    ranks = {boxer: set() for boxer in range(1, n + 1)}
    for order in permutations(range(1, n + 1)):
        rank = {boxer: place for place, boxer in enumerate(order)}
        if all(rank[a] < rank[b] for a, b in results):
            for boxer in order:
                ranks[boxer].add(rank[boxer])
    return sum(1 for places in ranks.values() if len(places) == 1)

"""Try every choice of n rocks to remove and keep the best smallest gap.

For each set of rocks that stay, the gaps are the differences between consecutive
points from the start 0 through the kept rocks to the finish. This is the statement
read literally, so it judges the binary searches.

Time: O(C(r, n) * r) for r rocks. Space: O(r).
"""

from itertools import combinations


def solution(distance, rocks, n):
    """The largest possible smallest gap after removing exactly n rocks."""
    best = 0
    for kept in combinations(sorted(rocks), len(rocks) - n):
        points = [0, *kept, distance]
        best = max(best, min(b - a for a, b in zip(points, points[1:])))
    return best

"""Try camera sets of size 1, 2, ... drawn from the routes' end points; the first that meets every car wins.

A camera can always slide right to the nearest exit of the routes it covers
without losing any of them, so cameras placed on end points suffice; entries
are tried as well, to assume even less. Nothing is sorted or swept, so it
judges the greedy solutions.

Time: O(sum over k <= answer of C(2n, k) * k * n). Space: O(n).
"""

from itertools import combinations


def solution(routes):
    """The smallest number of cameras meeting every route, by exhaustive search."""
    points = sorted({x for route in routes for x in route})
    for size in range(1, len(routes) + 1):
        for cameras in combinations(points, size):
            if all(any(entry <= c <= leave for c in cameras) for entry, leave in routes):
                return size

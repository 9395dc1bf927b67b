"""Walk every path from the top to the bottom row and keep the largest sum.

A path is a choice, on each of the h - 1 steps down, of the cell below-left or
below-right (column j stays j, or becomes j + 1). Trying all 2^(h-1) choices is the
statement read literally, so it judges the dynamic programmes.

Time: O(2^h * h). Space: O(h).
"""

from itertools import product


def solution(triangle):
    """The largest sum along a path from the apex to the base."""
    best = 0
    for steps in product((0, 1), repeat=len(triangle) - 1):
        column, total = 0, triangle[0][0]
        for row, step in zip(triangle[1:], steps):
            column += step
            total += row[column]
        best = max(best, total)
    return best

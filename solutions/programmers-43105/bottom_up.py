"""Fold the triangle from the base: each cell adds the better of its two children below.

After folding row i, cell j holds the best sum of a path from (i, j) down to the
base, so the apex holds the answer and no edge cases arise.

Time: O(h^2). Space: O(h) for one row of sums.
"""


def solution(triangle):
    """The largest sum along a path from the apex to the base."""
    below = triangle[-1][:]
    for row in reversed(triangle[:-1]):
        below = [value + max(below[j], below[j + 1]) for j, value in enumerate(row)]
    return below[0]

"""Row by row from the apex: the best sum ending at each cell, from its one or two parents above.

Cell j of a row is reached from cell j - 1 or cell j of the row above; the edges
have a single parent. The answer is the best of the last row.

Time: O(h^2), one step per cell. Space: O(h) for one row of sums.
"""


def solution(triangle):
    """The largest sum along a path from the apex to the base."""
    best = triangle[0][:]
    for row in triangle[1:]:
        best = [value + max(best[j - 1] if j > 0 else 0, best[j] if j < len(best) else 0)
                for j, value in enumerate(row)]
    return max(best)

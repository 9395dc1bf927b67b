"""Top-down recursion: the best path sum from cell (i, j) down, memoised so each cell is solved once.

best(i, j) = triangle[i][j] + max(best(i + 1, j), best(i + 1, j + 1)). At 500 rows
the recursion, with the cache's own frame at each level, passes Python's default
limit of 1000, so the limit is raised.

Time: O(h^2). Space: O(h^2) for the memo.
"""

import sys
from functools import cache


def solution(triangle):
    """The largest sum along a path from the apex to the base."""
    sys.setrecursionlimit(10_000)
    last = len(triangle) - 1

    @cache
    def best(i, j):
        """The largest sum of a path from cell (i, j) to the base."""
        if i == last:
            return triangle[i][j]
        return triangle[i][j] + max(best(i + 1, j), best(i + 1, j + 1))

    return best(0, 0)

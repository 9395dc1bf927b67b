"""Count by formula: all monotone paths, corrected by inclusion-exclusion over the sets of puddles they cross.

A walk of right and down steps from (1, 1) to (m, n) is a choice of which m + n - 2
steps go right: C(m + n - 2, m - 1) walks. The walks through every puddle of a set S
exist only when S can be visited in order (sorted, each right of and below the last),
and then number the product of the binomials between consecutive stops. Adding them
with sign (-1)^|S| over all 2^k sets leaves the walks that cross no puddle. No grid is
walked, so it judges the dynamic programmes.

Time: O(2^k * k) binomials for k puddles (at most 1,024 sets). Space: O(k).
"""

from itertools import combinations
from math import comb

MOD = 1_000_000_007


def walks(a, b):
    """Right-and-down walks from cell a to cell b, both (column, row); 0 if b is not right-below a."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    return comb(dx + dy, dx) if dx >= 0 and dy >= 0 else 0


def solution(m, n, puddles):
    """Walks from (1, 1) to (m, n) that avoid every puddle, modulo 1,000,000,007."""
    cells = sorted(tuple(p) for p in puddles)
    total = 0
    for size in range(len(cells) + 1):
        for chosen in combinations(cells, size):
            stops = [(1, 1), *chosen, (m, n)]
            through = 1
            for a, b in zip(stops, stops[1:]):
                through *= walks(a, b)
            total += (-1) ** size * through
    return total % MOD

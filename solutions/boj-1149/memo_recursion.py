"""Top-down: cheapest(i, c) is the least cost of houses i..N-1 when house i - 1 has colour c.

The recursion tries each colour other than c for house i and recurses on the
rest; a cache makes each of the 3N states computed once. Houses are walked
backwards from the end, so the recursion is N deep: the limit is raised.

Time: O(N). Space: O(N).
"""
import sys
from functools import lru_cache

input = sys.stdin.readline
sys.setrecursionlimit(10_000)

n = int(input())
costs = [tuple(map(int, input().split())) for _ in range(n)]


@lru_cache(maxsize=None)
def cheapest(i, before):
    """Least cost of houses i.. when house i - 1 is painted ``before`` (3: no house before)."""
    if i == n:
        return 0
    return min(costs[i][c] + cheapest(i + 1, c) for c in range(3) if c != before)


print(cheapest(0, 3))

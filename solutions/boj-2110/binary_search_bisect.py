"""Binary search on the answer, the greedy jumping from router to router with bisect.

The greedy check for a distance d needs only where each next router goes: the
first house at or past last + d, which bisect finds in the sorted houses. It
stops as soon as C routers stand, so a check costs O(C log N), not O(N).

Time: O(N log N + C log N log X), X the span of the houses. Space: O(N).
"""
import sys
from bisect import bisect_left

input = sys.stdin.readline


def fits(houses, c, d):
    """True when c routers can stand at least d apart."""
    i = 0
    for _ in range(c - 1):
        i = bisect_left(houses, houses[i] + d, i + 1)
        if i == len(houses):
            return False
    return True


n, c = map(int, input().split())
houses = sorted(int(input()) for _ in range(n))
lo, hi = 1, (houses[-1] - houses[0]) // (c - 1)  # C - 1 gaps of at least d fit in the span
while lo < hi:
    mid = (lo + hi + 1) // 2
    if fits(houses, c, mid):
        lo = mid
    else:
        hi = mid - 1
print(lo)

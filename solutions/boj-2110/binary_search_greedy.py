"""Binary search on the answer: can C routers stand at least d apart? Greedy says, in one pass.

For a distance d, put a router in the first house and then in every house at
least d past the last router: that fits the most routers. If it fits C, every
smaller d fits too, so the largest d that fits is found by binary search.

Time: O(N log N + N log X), X the span of the houses. Space: O(N).
"""
import sys

input = sys.stdin.readline


def routers_fit(houses, d):
    """How many routers the greedy places at least d apart."""
    count, last = 1, houses[0]
    for x in houses:
        if x - last >= d:
            count += 1
            last = x
    return count


n, c = map(int, input().split())
houses = sorted(int(input()) for _ in range(n))
lo, hi = 1, (houses[-1] - houses[0]) // (c - 1)  # both fit: the closest gap is at least 1 and at most the average
while lo < hi:
    mid = (lo + hi + 1) // 2
    if routers_fit(houses, mid) >= c:
        lo = mid
    else:
        hi = mid - 1
print(lo)

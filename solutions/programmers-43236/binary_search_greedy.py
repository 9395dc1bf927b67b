"""Binary search on the answer d: walking from the start, remove every rock closer than d to the last kept point.

Removing a rock that is too close to the previous kept point is never worse than
removing anything else, so the walk removes the fewest rocks that make every gap at
least d. If the finish is too close to the last kept rock, that rock goes too. The
answer is the largest d needing at most n removals (removing more only widens gaps).

Time: O(r log r + r log distance). Space: O(r).
"""


def solution(distance, rocks, n):
    """The largest possible smallest gap after removing exactly n rocks."""
    points = sorted(rocks) + [distance]
    lo, hi = 1, distance  # the answer is in [lo, hi]
    while lo < hi:
        d = (lo + hi + 1) // 2
        removed, last = 0, 0
        for p in points:
            if p - last < d:
                removed += 1  # the finish itself stays: count the last kept rock instead
            else:
                last = p
        if removed <= n:
            lo = d
        else:
            hi = d - 1
    return lo

"""Binary search on the answer d, checking d by jumping: from each kept point, bisect for the first rock at least d ahead.

The rocks jumped over are removed. Counting the rocks kept (the last one dropped if
the finish is closer than d) tells whether r - n rocks can stay. Each check costs a
bisection per kept rock, not a step per rock.

Time: O(r log r + k log r log distance), k the rocks kept. Space: O(r).
"""

from bisect import bisect_left


def solution(distance, rocks, n):
    """The largest possible smallest gap after removing exactly n rocks."""
    rocks = sorted(rocks)

    def kept(d):
        """How many rocks can stay with every gap at least d."""
        count, i, at = 0, 0, 0
        while True:
            i = bisect_left(rocks, at + d, i)
            if i == len(rocks) or distance - rocks[i] < d:
                return count
            count, at, i = count + 1, rocks[i], i + 1

    lo, hi = 1, distance
    while lo < hi:
        d = (lo + hi + 1) // 2
        lo, hi = (d, hi) if kept(d) >= len(rocks) - n else (lo, d - 1)
    return lo

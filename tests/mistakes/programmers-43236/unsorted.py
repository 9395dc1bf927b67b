"""43236: walks the rocks in the order given, without sorting them by position."""


def solution(distance, rocks, n):
    points = rocks + [distance]
    lo, hi = 1, distance
    while lo < hi:
        d = (lo + hi + 1) // 2
        removed, last = 0, 0
        for p in points:
            if p - last < d:
                removed += 1
            else:
                last = p
        lo, hi = (d, hi) if removed <= n else (lo, d - 1)
    return lo

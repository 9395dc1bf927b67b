"""43236: checks the gaps between the start and the rocks but never the last gap, from the last kept rock to the finish."""


def solution(distance, rocks, n):
    rocks = sorted(rocks)
    lo, hi = 1, distance
    while lo < hi:
        d = (lo + hi + 1) // 2
        removed, last = 0, 0
        for p in rocks:
            if p - last < d:
                removed += 1
            else:
                last = p
        lo, hi = (d, hi) if removed <= n else (lo, d - 1)
    return lo

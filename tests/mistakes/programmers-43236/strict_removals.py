"""43236: accepts a gap d only when it needs fewer than n removals (removed < n), not at most n."""


def solution(distance, rocks, n):
    points = sorted(rocks) + [distance]
    lo, hi = 1, distance
    while lo < hi:
        d = (lo + hi + 1) // 2
        removed, last = 0, 0
        for p in points:
            if p - last < d:
                removed += 1
            else:
                last = p
        lo, hi = (d, hi) if removed < n else (lo, d - 1)
    return lo

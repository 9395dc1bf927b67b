"""43238: counts people with mid / t instead of mid // t, so part-examined people count and the answer comes out too early."""


def solution(n, times):
    lo, hi = 1, min(times) * n
    while lo < hi:
        mid = (lo + hi) // 2
        if sum(mid / t for t in times) >= n:
            hi = mid
        else:
            lo = mid + 1
    return lo

"""43238: searches for the first time whose count exceeds n (count > n) instead of reaching it (count >= n)."""


def solution(n, times):
    lo, hi = 1, min(times) * n
    while lo < hi:
        mid = (lo + hi) // 2
        if sum(mid // t for t in times) > n:
            hi = mid
        else:
            lo = mid + 1
    return lo

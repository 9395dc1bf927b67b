"""43238: sets hi = mid - 1 on success but returns lo from a lo < hi loop, so it can step below the answer."""


def solution(n, times):
    lo, hi = 1, min(times) * n
    while lo < hi:
        mid = (lo + hi) // 2
        if sum(mid // t for t in times) >= n:
            hi = mid - 1
        else:
            lo = mid + 1
    return lo

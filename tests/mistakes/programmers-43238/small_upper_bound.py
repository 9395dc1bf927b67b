"""43238: starts the search at hi = max(times) * n // len(times), as if the people split evenly, which can be below the answer."""


def solution(n, times):
    lo, hi = 1, max(times) * n // len(times)
    answer = hi
    while lo <= hi:
        mid = (lo + hi) // 2
        if sum(mid // t for t in times) >= n:
            answer = mid
            hi = mid - 1
        else:
            lo = mid + 1
    return answer

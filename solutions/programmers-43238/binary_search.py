"""Binary search on the answer: in T minutes the desks examine sum(T // t) people; find the least T giving n.

The count only grows with T, so the answer is the first T whose count reaches n.
It lies between 1 and min(times) * n (everyone at the fastest desk), up to 10^18.

Time: O(m log(n * min(times))), about 60 rounds of m divisions. Space: O(1).
"""


def solution(n, times):
    """The earliest time by which all n people have been examined."""
    lo, hi = 1, min(times) * n  # the answer is in [lo, hi]
    while lo < hi:
        mid = (lo + hi) // 2
        if sum(mid // t for t in times) >= n:
            hi = mid
        else:
            lo = mid + 1
    return lo

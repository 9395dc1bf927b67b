"""43236: searches d only up to distance // 2, as if a rock always stays; with every rock removed the answer is distance."""


def solution(distance, rocks, n):
    points = sorted(rocks) + [distance]
    lo, hi = 1, distance // 2
    answer = 0
    while lo <= hi:
        d = (lo + hi) // 2
        removed, last = 0, 0
        for p in points:
            if p - last < d:
                removed += 1
            else:
                last = p
        if removed <= n:
            answer, lo = d, d + 1
        else:
            hi = d - 1
    return answer

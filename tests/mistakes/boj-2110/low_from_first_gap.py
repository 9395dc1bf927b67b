"""Starts the binary search at the first gap, houses[1] - houses[0], as if no answer could be smaller."""
import sys

input = sys.stdin.readline
n, c = map(int, input().split())
houses = sorted(int(input()) for _ in range(n))
lo, hi = houses[1] - houses[0], houses[-1] - houses[0]
answer = lo
while lo <= hi:
    mid = (lo + hi) // 2
    count, last = 1, houses[0]
    for x in houses[1:]:
        if x - last >= mid:
            count, last = count + 1, x
    if count >= c:
        answer, lo = mid, mid + 1
    else:
        hi = mid - 1
print(answer)

"""The greedy measures each gap from the previous house, not from the last router: it counts too many routers."""
import sys

input = sys.stdin.readline
n, c = map(int, input().split())
houses = sorted(int(input()) for _ in range(n))
lo, hi = 1, houses[-1] - houses[0]
while lo <= hi:
    mid = (lo + hi) // 2
    count, last = 1, houses[0]
    for x in houses[1:]:
        if x - last >= mid:
            count += 1
        last = x
    if count >= c:
        lo = mid + 1
    else:
        hi = mid - 1
print(hi)

"""Off by one at the end of the binary search: prints lo, the first distance that fails, instead of hi."""
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
            count, last = count + 1, x
    if count >= c:
        lo = mid + 1
    else:
        hi = mid - 1
print(lo)

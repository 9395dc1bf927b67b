"""Runs the binary search on the houses in input order: the input is not sorted."""
import sys

input = sys.stdin.readline
n, c = map(int, input().split())
houses = [int(input()) for _ in range(n)]
lo, hi = 1, max(houses) - min(houses)
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
print(hi)

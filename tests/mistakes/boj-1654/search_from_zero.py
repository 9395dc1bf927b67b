"""Binary search from 0: once the search closes in on 1, mid is 0 and length // mid divides by zero."""
import sys

input = sys.stdin.readline
k, n = map(int, input().split())
lengths = [int(input()) for _ in range(k)]
lo, hi = 0, max(lengths)
while lo <= hi:
    mid = (lo + hi) // 2
    if sum(x // mid for x in lengths) >= n:
        lo = mid + 1
    else:
        hi = mid - 1
print(hi)

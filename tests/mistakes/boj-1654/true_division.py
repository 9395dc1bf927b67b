"""Counts pieces with true division (x / mid): fractions of pieces add up to pieces that do not exist."""
import sys

input = sys.stdin.readline
k, n = map(int, input().split())
lengths = [int(input()) for _ in range(k)]
lo, hi = 1, max(lengths)
while lo <= hi:
    mid = (lo + hi) // 2
    if sum(x / mid for x in lengths) >= n:
        lo = mid + 1
    else:
        hi = mid - 1
print(hi)

"""Prints lo after the search instead of the last length that worked: one centimetre too long."""
import sys

input = sys.stdin.readline
k, n = map(int, input().split())
lengths = [int(input()) for _ in range(k)]
lo, hi = 1, max(lengths)
while lo <= hi:
    mid = (lo + hi) // 2
    if sum(x // mid for x in lengths) >= n:
        lo = mid + 1
    else:
        hi = mid - 1
print(lo)

"""Prints lo after the search instead of the last height that worked: one metre too high."""
import sys

input = sys.stdin.readline
n, m = map(int, input().split())
heights = list(map(int, input().split()))
lo, hi = 0, max(heights)
while lo <= hi:
    mid = (lo + hi) // 2
    if sum(h - mid for h in heights if h > mid) >= m:
        lo = mid + 1
    else:
        hi = mid - 1
print(lo)

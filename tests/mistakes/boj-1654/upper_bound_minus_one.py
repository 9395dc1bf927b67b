"""Searches up to the longest cable minus 1: misses the answer when it is the longest cable itself."""
import sys

input = sys.stdin.readline
k, n = map(int, input().split())
lengths = [int(input()) for _ in range(k)]
lo, hi = 1, max(lengths) - 1
while lo <= hi:
    mid = (lo + hi) // 2
    if sum(x // mid for x in lengths) >= n:
        lo = mid + 1
    else:
        hi = mid - 1
print(max(hi, 1))

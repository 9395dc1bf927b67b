"""Searches for a height that yields exactly M and stops there; when the wood jumps past M, none does."""
import sys

input = sys.stdin.readline
n, m = map(int, input().split())
heights = list(map(int, input().split()))
lo, hi = 0, max(heights)
while lo <= hi:
    mid = (lo + hi) // 2
    total = sum(h - mid for h in heights if h > mid)
    if total == m:
        break
    if total > m:
        lo = mid + 1
    else:
        hi = mid - 1
print(mid)

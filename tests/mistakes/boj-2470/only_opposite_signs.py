"""Pairs only an alkali with an acid (splits the values by sign): misses two of one kind, crashes on one sign."""
import sys
from bisect import bisect_left

input = sys.stdin.readline
n = int(input())
values = list(map(int, input().split()))
acids = sorted(v for v in values if v > 0)
best = None
for v in (v for v in values if v < 0):
    j = bisect_left(acids, -v)
    for k in (j - 1, j):
        if 0 <= k < len(acids) and (best is None or abs(v + acids[k]) < abs(sum(best))):
            best = (v, acids[k])
print(*best)

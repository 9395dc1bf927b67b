"""Binary search that checks only the insertion point, not the value just before it: misses half the candidates."""
import sys
from bisect import bisect_left

input = sys.stdin.readline
n = int(input())
values = sorted(map(int, input().split()))
best = (values[0], values[1])
for i in range(n - 1):
    j = bisect_left(values, -values[i], i + 1)
    if j < n and abs(values[i] + values[j]) < abs(sum(best)):
        best = (values[i], values[j])
print(*best)

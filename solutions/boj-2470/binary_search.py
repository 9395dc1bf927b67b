"""Sort, then for each value find by binary search the partner nearest to its negative.

For values[i], the best partner among values[i+1:] is one of the two values on
either side of where -values[i] would be inserted; bisect finds that place.

Time: O(N log N). Space: O(N).
"""
import sys
from bisect import bisect_left

input = sys.stdin.readline

n = int(input())
values = sorted(map(int, input().split()))
best = (values[0], values[1])
for i in range(n - 1):
    j = bisect_left(values, -values[i], i + 1)
    for k in (j - 1, j):
        if i < k < n and abs(values[i] + values[k]) < abs(best[0] + best[1]):
            best = (values[i], values[k])
print(*best)

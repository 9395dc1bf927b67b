"""Sort, then close in from both ends: too negative a sum moves the left end up, else the right end down.

With the values sorted, a sum below 0 can only get closer to 0 by raising its
smaller term, and a sum above 0 by lowering its larger one; every pair that
could be best is met on the way. A sum of exactly 0 cannot be beaten.

Time: O(N log N). Space: O(N).
"""
import sys

input = sys.stdin.readline

n = int(input())
values = sorted(map(int, input().split()))
lo, hi = 0, n - 1
best = (values[lo], values[hi])
while lo < hi:
    total = values[lo] + values[hi]
    if abs(total) < abs(best[0] + best[1]):
        best = (values[lo], values[hi])
    if total < 0:
        lo += 1
    elif total > 0:
        hi -= 1
    else:
        break
print(*best)

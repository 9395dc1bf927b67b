"""Uses bisect_right in the O(N log N) method, so an equal term extends the tails instead of replacing one."""
import sys
from bisect import bisect_right

input = sys.stdin.readline
n = int(input())
tails = []
for term in map(int, input().split()):
    k = bisect_right(tails, term)
    if k == len(tails):
        tails.append(term)
    else:
        tails[k] = term
print(len(tails))

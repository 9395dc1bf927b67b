"""DP over meetings sorted by (end, start): most[i] is the most meetings among the first i.

Meeting i is either left out (most[i]) or taken after the best schedule of the
earlier meetings that end by its start: binary search finds how many of those
there are, since the ends are sorted. most[N] is the answer.

Time: O(N log N). Space: O(N).
"""
import sys
from bisect import bisect_right

input = sys.stdin.readline

n = int(input())
meetings = sorted((tuple(map(int, input().split())) for _ in range(n)), key=lambda m: (m[1], m[0]))
ends = [end for _, end in meetings]
most = [0] * (n + 1)
for i, (start, _) in enumerate(meetings):
    before = bisect_right(ends, start, 0, i)  # earlier meetings that end by this one's start
    most[i + 1] = max(most[i], most[before] + 1)
print(most[n])

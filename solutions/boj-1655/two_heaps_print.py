"""Two heaps: a max-heap (negated) holds the smaller half, a min-heap the larger; the max-heap's top is the answer.

Each number goes to the smaller half when the halves are equal in size, else to
the larger half; then, if the tops are out of order, they swap. The smaller half
is never smaller than the larger half, so its top is the (smaller) middle.
The plain intended code, printing as it goes.

Time: O(N log N). Space: O(N).
"""
import heapq
import sys

input = sys.stdin.readline

n = int(input())
low, high = [], []  # low: the smaller half, negated; high: the larger half
for _ in range(n):
    x = int(input())
    if len(low) == len(high):
        heapq.heappush(low, -x)
    else:
        heapq.heappush(high, x)
    if high and -low[0] > high[0]:
        a, b = -heapq.heappop(low), heapq.heappop(high)
        heapq.heappush(low, -b)
        heapq.heappush(high, a)
    print(-low[0])

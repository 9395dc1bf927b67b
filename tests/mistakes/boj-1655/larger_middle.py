"""Prints the larger of the two middles when the count is even: the min-heap half is kept the bigger one."""
import heapq
import sys

input = sys.stdin.readline
n = int(input())
low, high = [], []
for _ in range(n):
    x = int(input())
    if len(low) == len(high):
        heapq.heappush(high, x)
    else:
        heapq.heappush(low, -x)
    if low and -low[0] > high[0]:
        a, b = -heapq.heappop(low), heapq.heappop(high)
        heapq.heappush(low, -b)
        heapq.heappush(high, a)
    print(high[0])

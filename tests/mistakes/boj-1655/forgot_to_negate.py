"""Keeps the smaller half as negated numbers but prints its top without negating it back."""
import heapq
import sys

input = sys.stdin.readline
n = int(input())
low, high = [], []
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
    print(low[0])

"""Fills the two heaps in turn but never compares their tops: a number that belongs in the other half stays put."""
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
    print(-low[0])

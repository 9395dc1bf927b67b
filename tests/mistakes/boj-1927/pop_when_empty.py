"""Pops the heap at every 0 without checking that it holds anything: IndexError on an empty heap."""
import heapq
import sys

input = sys.stdin.readline
n = int(input())
heap = []
for _ in range(n):
    x = int(input())
    if x:
        heapq.heappush(heap, x)
    else:
        print(heapq.heappop(heap))

"""Adds with list.append but removes with heapq.heappop: the list was never a heap, so pops come out wrong."""
import heapq
import sys

input = sys.stdin.readline
n = int(input())
heap = []
for _ in range(n):
    x = int(input())
    if x:
        heap.append(x)
    else:
        print(heapq.heappop(heap) if heap else 0)

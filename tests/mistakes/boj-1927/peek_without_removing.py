"""Prints heap[0] at a 0 but never removes it: the same smallest value comes out again and again."""
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
        print(heap[0] if heap else 0)

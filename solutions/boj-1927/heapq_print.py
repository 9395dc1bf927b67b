"""heapq: heappush for a value, heappop for a 0 (0 when empty), one print per answer.

The plain intended code, printing as it goes.

Time: O(N log N). Space: O(N).
"""
import heapq
import sys

input = sys.stdin.readline

n = int(input())
heap = []
for _ in range(n):
    x = int(input())
    if x:
        heapq.heappush(heap, x)
    elif heap:
        print(heapq.heappop(heap))
    else:
        print(0)

"""Dijkstra's algorithm with a binary heap, every step costing 1.

More machinery than unit weights need, but it is the method that still works
when moves cost different amounts; here it must agree with plain BFS.

Time: O(N * M * log(N * M)). Space: O(N * M).
"""
import heapq
import sys

input = sys.stdin.readline

n, m = map(int, input().split())
maze = [input().strip() for _ in range(n)]
best = {(0, 0): 1}
heap = [(1, 0, 0)]
while heap:
    d, r, c = heapq.heappop(heap)
    if (r, c) == (n - 1, m - 1):
        print(d)
        break
    if d > best[r, c]:
        continue
    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
        if 0 <= nr < n and 0 <= nc < m and maze[nr][nc] == "1" and d + 1 < best.get((nr, nc), d + 2):
            best[nr, nc] = d + 1
            heapq.heappush(heap, (d + 1, nr, nc))

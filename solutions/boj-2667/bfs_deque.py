"""Breadth-first search with a deque from each unvisited house, counting the houses dequeued.

Written out once with sys.stdout.write.

Time: O(N^2 + C log C) for C complexes. Space: O(N^2).
"""
import sys
from collections import deque

input = sys.stdin.readline

n = int(input())
grid = [input().strip() for _ in range(n)]
seen = [[False] * n for _ in range(n)]
sizes = []
for r in range(n):
    for c in range(n):
        if grid[r][c] != "1" or seen[r][c]:
            continue
        seen[r][c] = True
        queue, size = deque([(r, c)]), 0
        while queue:
            y, x = queue.popleft()
            size += 1
            for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                if 0 <= ny < n and 0 <= nx < n and grid[ny][nx] == "1" and not seen[ny][nx]:
                    seen[ny][nx] = True
                    queue.append((ny, nx))
        sizes.append(size)
sizes.sort()
sys.stdout.write("\n".join(map(str, [len(sizes), *sizes])) + "\n")

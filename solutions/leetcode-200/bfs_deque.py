"""Scan the grid; each unvisited '1' starts a new island, explored breadth-first with a deque and a visited table.

The grid itself is left as it was.

Time: O(m * n). Space: O(m * n).
"""
from collections import deque
from typing import List


class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        """The number of groups of '1' cells joined up, down, left or right."""
        m, n = len(grid), len(grid[0])
        seen = [[False] * n for _ in range(m)]
        islands = 0
        for r in range(m):
            for c in range(n):
                if grid[r][c] != "1" or seen[r][c]:
                    continue
                islands += 1
                seen[r][c] = True
                queue = deque([(r, c)])
                while queue:
                    i, j = queue.popleft()
                    for a, b in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                        if 0 <= a < m and 0 <= b < n and grid[a][b] == "1" and not seen[a][b]:
                            seen[a][b] = True
                            queue.append((a, b))
        return islands

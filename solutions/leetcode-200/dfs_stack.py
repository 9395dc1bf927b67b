"""Scan the grid; each '1' not yet sunk starts a new island, and a depth-first search with a stack sinks all of it.

Sinking writes '0' into the grid itself, so no visited set is needed.

Time: O(m * n). Space: O(m * n) for the stack at worst.
"""
from typing import List


class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        """The number of groups of '1' cells joined up, down, left or right."""
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
                        if 0 <= a < m and 0 <= b < n and grid[a][b] == "1":
                            grid[a][b] = "0"
                            stack.append((a, b))
        return islands

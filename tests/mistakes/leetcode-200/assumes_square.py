"""Uses len(grid) for the columns as well as the rows, as if the grid were square."""
from typing import List


class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        n = len(grid)
        islands = 0
        for r in range(n):
            for c in range(n):
                if grid[r][c] != "1":
                    continue
                islands += 1
                grid[r][c] = "0"
                stack = [(r, c)]
                while stack:
                    i, j = stack.pop()
                    for a, b in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                        if 0 <= a < n and 0 <= b < n and grid[a][b] == "1":
                            grid[a][b] = "0"
                            stack.append((a, b))
        return islands

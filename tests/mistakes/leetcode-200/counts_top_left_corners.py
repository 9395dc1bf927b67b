"""One pass: counts the land cells with water above and to the left, which is wrong for a U (two such cells, one island)."""
from typing import List


class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        islands = 0
        for r, row in enumerate(grid):
            for c, cell in enumerate(row):
                up = r > 0 and grid[r - 1][c] == "1"
                left = c > 0 and row[c - 1] == "1"
                if cell == "1" and not up and not left:
                    islands += 1
        return islands

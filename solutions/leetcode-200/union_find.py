"""Union-find over the land cells: join each '1' with the '1' to its right and below; islands = land cells - joins.

Every join that merges two different sets removes one island from the count.
Path halving and union by size keep each find nearly constant.

Time: O(m * n * α(m * n)). Space: O(m * n).
"""
from typing import List


class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        """The number of groups of '1' cells joined up, down, left or right."""
        m, n = len(grid), len(grid[0])
        parent = list(range(m * n))
        size = [1] * (m * n)

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        islands = 0
        for r in range(m):
            for c in range(n):
                if grid[r][c] != "1":
                    continue
                islands += 1
                here = r * n + c
                for a, b in ((r + 1, c), (r, c + 1)):
                    if a < m and b < n and grid[a][b] == "1":
                        x, y = find(here), find(a * n + b)
                        if x != y:
                            if size[x] < size[y]:
                                x, y = y, x
                            parent[y] = x
                            size[x] += size[y]
                            islands -= 1
        return islands

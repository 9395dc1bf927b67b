"""87694: walks the (doubled) outline depth-first in the first direction it finds and returns that distance, never the other way round."""

import sys


def solution(rectangle, characterX, characterY, itemX, itemY):
    sys.setrecursionlimit(10000)
    grid = [[-1] * 102 for _ in range(102)]
    for x1, y1, x2, y2 in ([2 * v for v in r] for r in rectangle):
        for x in range(x1, x2 + 1):
            for y in range(y1, y2 + 1):
                if x1 < x < x2 and y1 < y < y2:
                    grid[x][y] = 0
                elif grid[x][y] != 0:
                    grid[x][y] = 1
    goal = (2 * itemX, 2 * itemY)
    seen = set()

    def dfs(x, y, steps):
        if (x, y) == goal:
            return steps
        seen.add((x, y))
        for nxt in ((x + 1, y), (x, y + 1), (x - 1, y), (x, y - 1)):
            if grid[nxt[0]][nxt[1]] == 1 and nxt not in seen:
                return dfs(*nxt, steps + 1)
        return -1

    return dfs(2 * characterX, 2 * characterY, 0) // 2

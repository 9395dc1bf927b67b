"""Double every coordinate, draw the outline on a grid, and search it breadth-first.

Drawn at scale 1, two edges one unit apart touch on the grid and the search
jumps across; at scale 2 a blank cell always separates them. Each rectangle's
inside is cleared, and its border is drawn only where no other rectangle's
inside already is, so only the outer outline (and any hole's rim, unreachable)
remains. The answer is half the distance found.

Time: O(C^2) for coordinates up to C = 50. Space: O(C^2).
"""

from collections import deque

SIZE = 102


def solution(rectangle, characterX, characterY, itemX, itemY):
    """Shortest distance along the outer outline from the character to the item."""
    grid = [[-1] * SIZE for _ in range(SIZE)]  # -1 blank, 0 inside a rectangle, 1 outline
    for x1, y1, x2, y2 in ([2 * v for v in r] for r in rectangle):
        for x in range(x1, x2 + 1):
            for y in range(y1, y2 + 1):
                if x1 < x < x2 and y1 < y < y2:
                    grid[x][y] = 0
                elif grid[x][y] != 0:
                    grid[x][y] = 1
    start, goal = (2 * characterX, 2 * characterY), (2 * itemX, 2 * itemY)
    dist = {start: 0}
    queue = deque([start])
    while queue:
        x, y = queue.popleft()
        if (x, y) == goal:
            return dist[goal] // 2
        for nxt in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
            if grid[nxt[0]][nxt[1]] == 1 and nxt not in dist:
                dist[nxt] = dist[(x, y)] + 1
                queue.append(nxt)
    return -1

"""87694: draws each rectangle's border even through another rectangle's inside, so the path cuts through the shape."""

from collections import deque


def solution(rectangle, characterX, characterY, itemX, itemY):
    grid = [[-1] * 102 for _ in range(102)]
    for x1, y1, x2, y2 in ([2 * v for v in r] for r in rectangle):
        for x in range(x1, x2 + 1):
            for y in range(y1, y2 + 1):
                if x1 < x < x2 and y1 < y < y2:
                    grid[x][y] = 0
                else:
                    grid[x][y] = 1
    start, goal = (2 * characterX, 2 * characterY), (2 * itemX, 2 * itemY)
    dist = {start: 0}
    queue = deque([start])
    while queue:
        x, y = queue.popleft()
        for nxt in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
            if grid[nxt[0]][nxt[1]] == 1 and nxt not in dist:
                dist[nxt] = dist[(x, y)] + 1
                queue.append(nxt)
    return dist[goal] // 2

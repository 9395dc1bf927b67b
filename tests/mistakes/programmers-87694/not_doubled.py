"""87694: searches the outline on the original grid without doubling, so it steps across a gap one unit wide."""

from collections import deque


def solution(rectangle, characterX, characterY, itemX, itemY):
    grid = [[-1] * 52 for _ in range(52)]
    for x1, y1, x2, y2 in rectangle:
        for x in range(x1, x2 + 1):
            for y in range(y1, y2 + 1):
                if x1 < x < x2 and y1 < y < y2:
                    grid[x][y] = 0
                elif grid[x][y] != 0:
                    grid[x][y] = 1
    dist = {(characterX, characterY): 0}
    queue = deque(dist)
    while queue:
        x, y = queue.popleft()
        for nxt in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
            if grid[nxt[0]][nxt[1]] == 1 and nxt not in dist:
                dist[nxt] = dist[(x, y)] + 1
                queue.append(nxt)
    return dist[(itemX, itemY)]

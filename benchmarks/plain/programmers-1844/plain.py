"""BFS from the top-left with a deque, writing into each open cell the number of cells passed
to reach it; the value left at the bottom-right is the answer, or -1 if it was never reached.

Time: O(n * m). Space: O(n * m).
Written plainly: the map itself overwritten with distances, a deque of (x, y) tuples, dx / dy
lists and a range(4) loop.
"""
from collections import deque


def solution(maps):
    n = len(maps)
    m = len(maps[0])
    dx = [-1, 1, 0, 0]
    dy = [0, 0, -1, 1]

    queue = deque()
    queue.append((0, 0))
    while queue:
        x, y = queue.popleft()
        for i in range(4):
            nx = x + dx[i]
            ny = y + dy[i]
            if nx < 0 or nx >= n or ny < 0 or ny >= m:
                continue
            if maps[nx][ny] == 1:
                maps[nx][ny] = maps[x][y] + 1
                queue.append((nx, ny))

    if maps[n - 1][m - 1] == 1:
        return -1
    return maps[n - 1][m - 1]

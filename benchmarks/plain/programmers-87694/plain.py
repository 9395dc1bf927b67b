"""Picking up the item: draw the outer outline of the rectangles on a grid at twice the scale,
then BFS from the character along the outline to the item and halve the distance.

Idea: on a 102 x 102 grid (coordinates doubled), every rectangle marks its inside 0 for
good and its border 1 unless that cell is already inside another rectangle (-1 means
blank). Doubling keeps two edges one unit apart from touching. A BFS over cells marked 1
gives the shortest walk; divide it by 2.

Time: O(R * S^2 + S^2) for R rectangles on an S x S grid (S = 102). Space: O(S^2).
Written plainly: a list of lists for the map, nested loops per rectangle, a deque BFS with a dist grid.
"""

from collections import deque


def solution(rectangle, characterX, characterY, itemX, itemY):
    size = 102
    board = [[-1] * size for _ in range(size)]

    for x1, y1, x2, y2 in rectangle:
        x1, y1, x2, y2 = x1 * 2, y1 * 2, x2 * 2, y2 * 2
        for x in range(x1, x2 + 1):
            for y in range(y1, y2 + 1):
                if x1 < x < x2 and y1 < y < y2:
                    board[x][y] = 0
                elif board[x][y] != 0:
                    board[x][y] = 1

    sx, sy = characterX * 2, characterY * 2
    ex, ey = itemX * 2, itemY * 2
    dist = [[-1] * size for _ in range(size)]
    dist[sx][sy] = 0
    q = deque()
    q.append((sx, sy))
    dx = [1, -1, 0, 0]
    dy = [0, 0, 1, -1]
    while q:
        x, y = q.popleft()
        if x == ex and y == ey:
            return dist[x][y] // 2
        for k in range(4):
            nx = x + dx[k]
            ny = y + dy[k]
            if 0 <= nx < size and 0 <= ny < size and board[nx][ny] == 1 and dist[nx][ny] == -1:
                dist[nx][ny] = dist[x][y] + 1
                q.append((nx, ny))
    return 0

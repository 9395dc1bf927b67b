"""Filling in puzzle pieces: cut the board's empty regions and the table's pieces out with BFS,
shift each shape to the corner, and match every region against the unused pieces of the same
size, turning each piece up to four times.

Idea: a BFS per group collects its cells; a shape is normalised by subtracting the smallest
row and column and sorting. For each hole, look through the pieces; a piece that equals the
hole after 0-3 quarter turns is used (marked) and its cells are added to the answer.

Time: O(n^2 + H * P * k log k) for H holes, P pieces, k <= 6 cells. Space: O(n^2).
Written plainly: a deque BFS with a visited list of lists, lists of tuples, a new list per turn.
"""

from collections import deque


def find_blocks(grid, target):
    n = len(grid)
    visited = [[False] * n for _ in range(n)]
    dx = [1, -1, 0, 0]
    dy = [0, 0, 1, -1]
    blocks = []
    for i in range(n):
        for j in range(n):
            if grid[i][j] != target or visited[i][j]:
                continue
            visited[i][j] = True
            q = deque()
            q.append((i, j))
            cells = []
            while q:
                x, y = q.popleft()
                cells.append((x, y))
                for k in range(4):
                    nx = x + dx[k]
                    ny = y + dy[k]
                    if 0 <= nx < n and 0 <= ny < n and not visited[nx][ny] and grid[nx][ny] == target:
                        visited[nx][ny] = True
                        q.append((nx, ny))
            blocks.append(normalize(cells))
    return blocks


def normalize(cells):
    min_x = min(x for x, y in cells)
    min_y = min(y for x, y in cells)
    shape = []
    for x, y in cells:
        shape.append((x - min_x, y - min_y))
    shape.sort()
    return shape


def rotate(cells):
    turned = []
    for x, y in cells:
        turned.append((y, -x))
    return normalize(turned)


def solution(game_board, table):
    holes = find_blocks(game_board, 0)
    pieces = find_blocks(table, 1)
    used = [False] * len(pieces)

    answer = 0
    for hole in holes:
        for i in range(len(pieces)):
            if used[i]:
                continue
            if len(pieces[i]) != len(hole):
                continue
            piece = pieces[i]
            fitted = False
            for _ in range(4):
                if piece == hole:
                    fitted = True
                    break
                piece = rotate(piece)
            if fitted:
                used[i] = True
                answer += len(hole)
                break
    return answer

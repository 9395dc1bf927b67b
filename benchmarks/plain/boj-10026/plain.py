"""Count the regions with a BFS from every unvisited cell, once on the picture as painted and
once on a copy where every G has been turned into R.

Each BFS started from a cell not yet visited is one new region; it spreads to the four
neighbours that have the same colour.

Time: O(N^2). Space: O(N^2).
Written plainly: input() per line, a list of lists for the picture, a fresh visited table
per count, a deque of (x, y) tuples, module-level loops.
"""
from collections import deque

n = int(input())
picture = []
for _ in range(n):
    picture.append(list(input().strip()))

dx = [1, -1, 0, 0]
dy = [0, 0, 1, -1]


def bfs(grid, visited, sx, sy):
    queue = deque()
    queue.append((sx, sy))
    visited[sx][sy] = True
    color = grid[sx][sy]
    while queue:
        x, y = queue.popleft()
        for i in range(4):
            nx = x + dx[i]
            ny = y + dy[i]
            if 0 <= nx < n and 0 <= ny < n:
                if not visited[nx][ny] and grid[nx][ny] == color:
                    visited[nx][ny] = True
                    queue.append((nx, ny))


visited = [[False] * n for _ in range(n)]
normal = 0
for i in range(n):
    for j in range(n):
        if not visited[i][j]:
            bfs(picture, visited, i, j)
            normal += 1

for i in range(n):
    for j in range(n):
        if picture[i][j] == "G":
            picture[i][j] = "R"

visited = [[False] * n for _ in range(n)]
blind = 0
for i in range(n):
    for j in range(n):
        if not visited[i][j]:
            bfs(picture, visited, i, j)
            blind += 1

print(normal, blind)

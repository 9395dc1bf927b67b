"""BFS from (1, 1) with a deque, writing into each open cell the number of cells passed to
reach it; the first value written at (N, M) is the shortest.

Time: O(N * M). Space: O(N * M).
Written plainly: input() per line, the maze as a list of lists of ints overwritten in place
with distances, a deque of (x, y) tuples, module-level loops.
"""
from collections import deque

n, m = map(int, input().split())
graph = []
for _ in range(n):
    graph.append(list(map(int, input().strip())))

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
        if nx == 0 and ny == 0:
            continue
        if graph[nx][ny] == 1:
            graph[nx][ny] = graph[x][y] + 1
            queue.append((nx, ny))

print(graph[n - 1][m - 1])

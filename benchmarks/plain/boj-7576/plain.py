"""Multi-source BFS: every ripe tomato goes in the deque on day 0, and each unripe neighbour
gets its day + 1 written into the box; afterwards any 0 left means -1, else the largest value
minus 1 is the answer.

Time: O(N * M). Space: O(N * M).
Written plainly: sys.stdin.readline per line, the box as a list of lists overwritten with
days, a deque of (x, y) tuples, a final double loop over the box, module-level code.
"""
import sys
from collections import deque

input = sys.stdin.readline

m, n = map(int, input().split())
box = []
for _ in range(n):
    box.append(list(map(int, input().split())))

queue = deque()
for i in range(n):
    for j in range(m):
        if box[i][j] == 1:
            queue.append((i, j))

dx = [-1, 1, 0, 0]
dy = [0, 0, -1, 1]

while queue:
    x, y = queue.popleft()
    for i in range(4):
        nx = x + dx[i]
        ny = y + dy[i]
        if 0 <= nx < n and 0 <= ny < m and box[nx][ny] == 0:
            box[nx][ny] = box[x][y] + 1
            queue.append((nx, ny))

answer = 0
unripe = False
for row in box:
    for tomato in row:
        if tomato == 0:
            unripe = True
    answer = max(answer, max(row))

if unripe:
    print(-1)
else:
    print(answer - 1)

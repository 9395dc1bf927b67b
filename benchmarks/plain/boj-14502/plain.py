"""Try every set of three empty cells for the new walls (itertools.combinations); for each,
copy the map, raise the walls, spread the virus by BFS and count the empty cells left.

Time: O(C(E, 3) * N * M) for E empty cells (at most 37,820 sets of 64 cells). Space: O(N * M).
Written plainly: input() per line, copy.deepcopy of the map for every try, a deque BFS from
every virus, the safe cells counted by a double loop over the map afterwards.
"""
import copy
from collections import deque
from itertools import combinations

n, m = map(int, input().split())
lab = []
for _ in range(n):
    lab.append(list(map(int, input().split())))

empty = []
virus = []
for i in range(n):
    for j in range(m):
        if lab[i][j] == 0:
            empty.append((i, j))
        elif lab[i][j] == 2:
            virus.append((i, j))

dx = [1, -1, 0, 0]
dy = [0, 0, 1, -1]


def spread(grid):
    queue = deque()
    for v in virus:
        queue.append(v)
    while queue:
        x, y = queue.popleft()
        for i in range(4):
            nx = x + dx[i]
            ny = y + dy[i]
            if 0 <= nx < n and 0 <= ny < m and grid[nx][ny] == 0:
                grid[nx][ny] = 2
                queue.append((nx, ny))
    safe = 0
    for i in range(n):
        for j in range(m):
            if grid[i][j] == 0:
                safe += 1
    return safe


answer = 0
for walls in combinations(empty, 3):
    grid = copy.deepcopy(lab)
    for x, y in walls:
        grid[x][y] = 1
    answer = max(answer, spread(grid))

print(answer)

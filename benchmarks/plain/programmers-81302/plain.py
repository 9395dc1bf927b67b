"""Keep your distance: for each room, a BFS from every person up to Manhattan distance 2,
walking only through empty seats (O); meeting another person within 2 steps breaks the rule.

Idea: for every 'P', BFS over the 5 x 5 grid; do not walk into partitions (X), do not go
beyond distance 2, and do not continue past a person. If a different P is reached at
distance 1 or 2, the room gets 0, otherwise 1.

Time: O(P * 25) per room, constant for 5 rooms of 5 x 5. Space: O(25).
Written plainly: a deque BFS per person with a visited list of lists, a helper function per room.
"""

from collections import deque


def check(room):
    dx = [1, -1, 0, 0]
    dy = [0, 0, 1, -1]
    for i in range(5):
        for j in range(5):
            if room[i][j] != "P":
                continue
            visited = [[False] * 5 for _ in range(5)]
            visited[i][j] = True
            q = deque()
            q.append((i, j, 0))
            while q:
                x, y, d = q.popleft()
                if d == 2:
                    continue
                for k in range(4):
                    nx = x + dx[k]
                    ny = y + dy[k]
                    if nx < 0 or nx >= 5 or ny < 0 or ny >= 5:
                        continue
                    if visited[nx][ny]:
                        continue
                    if room[nx][ny] == "X":
                        continue
                    if room[nx][ny] == "P":
                        return 0
                    visited[nx][ny] = True
                    q.append((nx, ny, d + 1))
    return 1


def solution(places):
    answer = []
    for room in places:
        answer.append(check(room))
    return answer

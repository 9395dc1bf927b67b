"""49190: counts a room when a new line reaches a visited point, but in whole steps: an X crossing mid-square is missed."""


def solution(arrows):
    dx = [0, 1, 1, 1, 0, -1, -1, -1]
    dy = [1, 1, 0, -1, -1, -1, 0, 1]
    x, y = 0, 0
    visited = {(0, 0)}
    lines = set()
    answer = 0
    for a in arrows:
        nx, ny = x + dx[a], y + dy[a]
        if (x, y, nx, ny) not in lines:
            if (nx, ny) in visited:
                answer += 1
            lines.add((x, y, nx, ny))
            lines.add((nx, ny, x, y))
        visited.add((nx, ny))
        x, y = nx, ny
    return answer

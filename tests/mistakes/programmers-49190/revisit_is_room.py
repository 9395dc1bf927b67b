"""49190: doubles the steps but counts every return to a visited point, even along a line already drawn."""


def solution(arrows):
    dx = [0, 1, 1, 1, 0, -1, -1, -1]
    dy = [1, 1, 0, -1, -1, -1, 0, 1]
    x, y = 0, 0
    visited = {(0, 0)}
    answer = 0
    for a in arrows:
        for _ in range(2):
            x, y = x + dx[a], y + dy[a]
            if (x, y) in visited:
                answer += 1
            visited.add((x, y))
    return answer

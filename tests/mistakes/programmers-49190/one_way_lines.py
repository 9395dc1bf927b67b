"""49190: doubles the steps but stores each line as (from, to) only, so walking it backwards looks new."""


def solution(arrows):
    dx = [0, 1, 1, 1, 0, -1, -1, -1]
    dy = [1, 1, 0, -1, -1, -1, 0, 1]
    x, y = 0, 0
    visited = {(0, 0)}
    lines = set()
    answer = 0
    for a in arrows:
        for _ in range(2):
            nx, ny = x + dx[a], y + dy[a]
            if (nx, ny) in visited and ((x, y), (nx, ny)) not in lines:
                answer += 1
            visited.add((nx, ny))
            lines.add(((x, y), (nx, ny)))
            x, y = nx, ny
    return answer

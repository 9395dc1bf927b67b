"""Number of rooms: walk the drawing in half-steps and count each time a line drawn for the
first time arrives at a point already visited.

Idea: each arrow is taken as two half-steps (so that two diagonals crossing in the middle
of a square meet at a visited point). Points visited go in a set, lines drawn go in a set
stored both ways. A new line that ends at an already visited point closes one room.

Time: O(n) expected (hash sets). Space: O(n).
Written plainly: tuples in two sets, a direction table, a loop of two half-steps per arrow.
"""


def solution(arrows):
    dx = [0, 1, 1, 1, 0, -1, -1, -1]
    dy = [1, 1, 0, -1, -1, -1, 0, 1]

    x, y = 0, 0
    visited = set()
    visited.add((x, y))
    lines = set()
    answer = 0

    for arrow in arrows:
        for _ in range(2):
            nx = x + dx[arrow]
            ny = y + dy[arrow]
            if (nx, ny) in visited and ((x, y), (nx, ny)) not in lines:
                answer += 1
            visited.add((nx, ny))
            lines.add(((x, y), (nx, ny)))
            lines.add(((nx, ny), (x, y)))
            x, y = nx, ny

    return answer

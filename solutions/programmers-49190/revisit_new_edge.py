"""Walk the drawing in half-steps; a room closes whenever a new edge ends at a point already visited.

Halving the steps puts a point at the middle of every diagonal, so two diagonals
crossing inside a unit square meet at a visited point too.

Time: O(n). Space: O(n).
"""

MOVES = [(0, 1), (1, 1), (1, 0), (1, -1), (0, -1), (-1, -1), (-1, 0), (-1, 1)]


def solution(arrows):
    """The number of closed regions (rooms) the drawing makes."""
    x = y = 0
    visited, used = {(0, 0)}, set()
    rooms = 0
    for arrow in arrows:
        dx, dy = MOVES[arrow]
        for _ in range(2):
            nx, ny = x + dx, y + dy
            if (x, y, nx, ny) not in used:
                if (nx, ny) in visited:
                    rooms += 1
                used.add((x, y, nx, ny))
                used.add((nx, ny, x, y))
            visited.add((nx, ny))
            x, y = nx, ny
    return rooms

"""Euler's formula on the unit lattice, plus one room for every unit square whose two diagonals are both drawn.

Crossing diagonals meet at the square's centre, a vertex the lattice lacks: it
splits two edges into four, adding one vertex and two edges, so one room.

Time: O(n). Space: O(n).
"""

MOVES = [(0, 1), (1, 1), (1, 0), (1, -1), (0, -1), (-1, -1), (-1, 0), (-1, 1)]


def solution(arrows):
    """The number of closed regions (rooms) the drawing makes."""
    x = y = 0
    vertices, edges, diagonals = {(0, 0)}, set(), set()
    for arrow in arrows:
        dx, dy = MOVES[arrow]
        nx, ny = x + dx, y + dy
        vertices.add((nx, ny))
        edges.add((x, y, nx, ny) if (x, y) < (nx, ny) else (nx, ny, x, y))
        if dx and dy:  # a diagonal: note its unit square and which way it leans
            diagonals.add((min(x, nx), min(y, ny), dx == dy))
        x, y = nx, ny
    crossings = sum(1 for cx, cy, rising in diagonals if rising and (cx, cy, False) in diagonals)
    return len(edges) - len(vertices) + 1 + crossings

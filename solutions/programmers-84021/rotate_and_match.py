"""For each empty region, look through the unused pieces of the same size, turning each up to four times.

Shapes are normalised (shifted so the smallest row and column are 0, cells
sorted) so that equal shapes compare equal; the first piece that matches goes in.

Time: O(H * P * k log k) for H regions, P pieces of k <= 6 cells. Space: O(n^2).
"""


def regions(grid, value):
    """The 4-connected groups of cells equal to value, each as a list of (row, col)."""
    n, seen, groups = len(grid), set(), []
    for start in ((r, c) for r in range(n) for c in range(n) if grid[r][c] == value):
        if start not in seen:
            seen.add(start)
            group = [start]
            for r, c in group:
                for p in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= p[0] < n and 0 <= p[1] < n and grid[p[0]][p[1]] == value and p not in seen:
                        seen.add(p)
                        group.append(p)
            groups.append(group)
    return groups


def normalised(cells):
    """The shape shifted to row 0 and column 0, as a sorted list."""
    top, left = min(r for r, _ in cells), min(c for _, c in cells)
    return sorted((r - top, c - left) for r, c in cells)


def solution(game_board, table):
    """Most cells that pieces from the table can fill on the board."""
    pieces = [normalised(p) for p in regions(table, 1)]
    used = [False] * len(pieces)
    filled = 0
    for hole in map(normalised, regions(game_board, 0)):
        for i, piece in enumerate(pieces):
            if used[i] or len(piece) != len(hole):
                continue
            for _ in range(4):
                piece = normalised([(c, -r) for r, c in piece])
                if piece == hole:
                    used[i], filled = True, filled + len(hole)
                    break
            if used[i]:
                break
    return filled

"""Give every shape a canonical key, the smallest of its four rotations shifted to the origin; count keys.

A piece fills a region exactly when their keys are equal, so for each key the
board takes min(regions, pieces) pieces of that shape.

Time: O(n^2). Space: O(n^2).
"""

from collections import Counter


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


def key(cells):
    """The smallest normalised form of the shape over its four rotations."""
    forms = []
    for _ in range(4):
        cells = [(c, -r) for r, c in cells]
        top, left = min(r for r, _ in cells), min(c for _, c in cells)
        forms.append(tuple(sorted((r - top, c - left) for r, c in cells)))
    return min(forms)


def solution(game_board, table):
    """Most cells that pieces from the table can fill on the board."""
    holes = Counter(key(group) for group in regions(game_board, 0))
    pieces = Counter(key(group) for group in regions(table, 1))
    return sum(len(shape) * min(count, pieces[shape]) for shape, count in holes.items())

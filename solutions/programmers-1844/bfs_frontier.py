"""Breadth-first search one level at a time: grow the frontier until it holds the exit or is empty.

Cells are numbered r * m + c, and a set of seen cells replaces a distance grid.

Time: O(nm). Space: O(nm).
"""


def solution(maps):
    """Cells on a shortest path from the top-left to the bottom-right, or -1."""
    n, m = len(maps), len(maps[0])
    goal = n * m - 1
    frontier, seen, cells = [0], {0}, 1
    while frontier:
        if goal in seen:
            return cells
        grown = []
        for cell in frontier:
            r, c = divmod(cell, m)
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < n and 0 <= nc < m and maps[nr][nc] and nr * m + nc not in seen:
                    seen.add(nr * m + nc)
                    grown.append(nr * m + nc)
        frontier, cells = grown, cells + 1
    return -1

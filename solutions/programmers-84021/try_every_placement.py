"""Exhaustive search: give each empty region any unused piece that covers it exactly, or none; keep the best total.

A piece covers a region exactly when one of its four rotations, moved so one of
its cells lands on the region's first cell, occupies precisely the region's
cells. No shape is normalised or compared by a key: each placement is tried.

Time: exponential in the number of regions. Space: O(n^2).
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


def covers(piece, hole):
    """Some rotation and shift of piece occupies exactly the cells of hole."""
    target = set(hole)
    for _ in range(4):
        piece = [(c, -r) for r, c in piece]  # a quarter turn
        for anchor in piece:
            shift = (hole[0][0] - anchor[0], hole[0][1] - anchor[1])
            if {(r + shift[0], c + shift[1]) for r, c in piece} == target:
                return True
    return False


def solution(game_board, table):
    """Most cells that pieces from the table can fill on the board."""
    holes, pieces = regions(game_board, 0), regions(table, 1)
    used = [False] * len(pieces)

    def best(i):
        """Most cells fillable in holes[i:] with the pieces still unused."""
        if i == len(holes):
            return 0
        result = best(i + 1)
        for j, piece in enumerate(pieces):
            if not used[j] and len(piece) == len(holes[i]) and covers(piece, holes[i]):
                used[j] = True
                result = max(result, len(piece) + best(i + 1))
                used[j] = False
        return result

    return best(0)

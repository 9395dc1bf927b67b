"""Play each second as the statement tells it: spread from a snapshot, then carry every loop cell one step.

The spread writes into a fresh grid from the amounts at the start of the second. Each
purifier loop is written out as the list of its cells in the order the air flows, from
the cell just after the purifier to the cell just before it; every amount moves one
place along that list, the last one into the purifier (gone) and the first cell gets 0.

Time: O(T * R * C). Space: O(R * C).
"""
import sys


def loop_cells(row, rows, cols, clockwise):
    """The cells of a purifier loop in the order the air flows, starting next to the purifier at (row, 0)."""
    edge = 0 if not clockwise else rows - 1
    step = -1 if not clockwise else 1
    cells = [(row, c) for c in range(1, cols)]                      # out to the right
    cells += [(r, cols - 1) for r in range(row + step, edge + step, step)][0:]  # toward the edge
    cells += [(edge, c) for c in range(cols - 2, -1, -1)]           # back along the edge
    cells += [(r, 0) for r in range(edge - step, row, -step)]       # down (or up) to the purifier
    return cells


def main():
    data = sys.stdin.read().split()
    rows, cols, seconds = int(data[0]), int(data[1]), int(data[2])
    grid = [[int(data[3 + r * cols + c]) for c in range(cols)] for r in range(rows)]
    purifier = [r for r in range(rows) if grid[r][0] == -1]
    top, bottom = purifier
    loops = [loop_cells(top, rows, cols, False), loop_cells(bottom, rows, cols, True)]
    for _ in range(seconds):
        new = [[0] * cols for _ in range(rows)]
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == -1:
                    new[r][c] = -1
                    continue
                amount = grid[r][c]
                share = amount // 5
                given = 0
                for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != -1:
                        new[nr][nc] += share
                        given += share
                new[r][c] += amount - given
        for cells in loops:
            amounts = [new[r][c] for r, c in cells]
            amounts = [0] + amounts[:-1]  # the last amount flows into the purifier and is gone
            for (r, c), amount in zip(cells, amounts):
                new[r][c] = amount
        grid = new
    print(sum(sum(row) for row in grid) + 2)


main()

"""Follow the robot's rules one numbered step at a time, exactly as the statement lists them.

The room is a dictionary from (row, column) to "wall", "dirty" or "clean". Each pass
of the loop is one round of the rules: clean the cell if it is dirty; if no
neighbour is dirty, back up one cell without turning or stop when that cell is a
wall; otherwise turn a quarter counter-clockwise and step forward only if the cell
now in front is dirty. Nothing is merged or skipped: the oracle.

Time: O(N * M) rounds, each O(1). Space: O(N * M).
"""
import sys

NORTH, EAST, SOUTH, WEST = 0, 1, 2, 3
STEP = {NORTH: (-1, 0), EAST: (0, 1), SOUTH: (1, 0), WEST: (0, -1)}
COUNTER_CLOCKWISE = {NORTH: WEST, WEST: SOUTH, SOUTH: EAST, EAST: NORTH}


def ahead(cell, facing):
    """The cell one step from ``cell`` in direction ``facing``."""
    dr, dc = STEP[facing]
    return cell[0] + dr, cell[1] + dc


def behind(cell, facing):
    """The cell one step back from ``cell`` while still facing ``facing``."""
    dr, dc = STEP[facing]
    return cell[0] - dr, cell[1] - dc


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    cell, facing = (int(data[2]), int(data[3])), int(data[4])
    values = data[5:5 + n * m]
    room = {}
    for r in range(n):
        for c in range(m):
            room[r, c] = "wall" if values[r * m + c] == "1" else "dirty"
    cleaned = 0
    while True:
        # Rule 1: clean the current cell if it is still dirty.
        if room[cell] == "dirty":
            room[cell] = "clean"
            cleaned += 1
        neighbours = [ahead(cell, direction) for direction in (NORTH, EAST, SOUTH, WEST)]
        if all(room[other] != "dirty" for other in neighbours):
            # Rule 2: nothing dirty around: back up keeping the direction, or stop at a wall.
            back = behind(cell, facing)
            if room[back] == "wall":
                break
            cell = back
        else:
            # Rule 3: turn a quarter counter-clockwise; step forward if that cell is dirty.
            facing = COUNTER_CLOCKWISE[facing]
            if room[ahead(cell, facing)] == "dirty":
                cell = ahead(cell, facing)
    print(cleaned)


main()

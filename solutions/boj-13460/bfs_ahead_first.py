"""Breadth-first search on a flat board; the bead ahead in the tilt's direction rolls first, the other stops behind it.

Cells are indices r * M + c, a direction an offset. The bead nearer the wall the tilt
points at rolls first, with the other as an obstacle that it never meets; then the
second rolls with the first as an obstacle unless the first has dropped into the hole.

Time: O((N * M)^2 * (N + M)). Space: O((N * M)^2).
"""
import sys
from collections import deque

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
cells = "".join(data[2:2 + n])
red, blue = cells.index("R"), cells.index("B")
hole = cells.index("O")
wall = [ch == "#" for ch in cells]


def roll(pos, d, other):
    while not wall[pos + d] and pos + d != other:
        pos += d
        if pos == hole:
            return hole
    return pos


def tilt(red, blue, d):
    # Along d, the bead ahead has the larger index for d > 0 and the smaller for d < 0.
    if (red - blue) * d > 0:
        red = roll(red, d, -1)
        blue = roll(blue, d, -1 if red == hole else red)
    else:
        blue = roll(blue, d, -1)
        red = roll(red, d, -1 if blue == hole else blue)
    return red, blue


seen = {(red, blue)}
level = deque([(red, blue)])
answer = -1
for depth in range(1, 11):
    nxt = deque()
    for r, b in level:
        for d in (-m, m, -1, 1):
            nr, nb = tilt(r, b, d)
            if nb == hole:
                continue
            if nr == hole:
                answer = depth
                break
            if (nr, nb) not in seen:
                seen.add((nr, nb))
                nxt.append((nr, nb))
        if answer > 0:
            break
    if answer > 0 or not nxt:
        break
    level = nxt
print(answer)

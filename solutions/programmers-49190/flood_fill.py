"""Paint the drawing on a grid four times finer, then flood-fill the blank pixels: each enclosed blank area is a room.

At four pixels a unit, every region (even the quarter of a square cut off by
two crossing diagonals) holds a blank pixel, and a diagonal's pixels touch only
at their corners, so a fill moving up, down, left and right never crosses a line.
With a blank margin around the picture, the outside is one area. No graph
formula, no counting of visits: the picture itself, filled.

Time: O(16 * W * H) for the drawing's W x H bounding box. Space: the same.
"""

MOVES = [(0, 1), (1, 1), (1, 0), (1, -1), (0, -1), (-1, -1), (-1, 0), (-1, 1)]
SCALE = 4


def painted(arrows):
    """The pixels on the drawn lines, on a grid SCALE times finer than the lattice."""
    x = y = 0
    ink = {(0, 0)}
    for arrow in arrows:
        dx, dy = MOVES[arrow]
        for _ in range(SCALE):
            x, y = x + dx, y + dy
            ink.add((x, y))
    return ink


def solution(arrows):
    """The number of closed regions (rooms) the drawing makes."""
    ink = painted(arrows)
    x0, x1 = min(x for x, _ in ink) - 1, max(x for x, _ in ink) + 1
    y0, y1 = min(y for _, y in ink) - 1, max(y for _, y in ink) + 1
    seen, areas = set(ink), 0
    for start in ((x, y) for x in range(x0, x1 + 1) for y in range(y0, y1 + 1)):
        if start not in seen:
            areas += 1
            seen.add(start)
            stack = [start]
            while stack:
                x, y = stack.pop()
                for nxt in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
                    if x0 <= nxt[0] <= x1 and y0 <= nxt[1] <= y1 and nxt not in seen:
                        seen.add(nxt)
                        stack.append(nxt)
    return areas - 1  # the outside is not a room

"""Find the outline's unit edges from the unit squares, then walk round it both ways.

A unit square is covered when some rectangle holds it; a flood from beyond the
map finds the uncovered squares outside the shape (not those of a hole). The
outline is every unit edge between a covered square and an outside one: a single
closed loop. Walk it from the character to the item; the other way round is the
rest of the loop.

Time: O(C^2) for coordinates up to C = 50. Space: O(C^2).
"""

SIDES = ((1, 0), (-1, 0), (0, 1), (0, -1))


def edge(x, y, dx, dy):
    """The unit edge between square (x, y) (lower-left corner) and its neighbour (x + dx, y + dy)."""
    if dx:
        sx = x + (dx > 0)
        return (sx, y), (sx, y + 1)
    sy = y + (dy > 0)
    return (x, sy), (x + 1, sy)


def solution(rectangle, characterX, characterY, itemX, itemY):
    """Shortest distance along the outer outline from the character to the item."""
    covered = {(x, y) for x1, y1, x2, y2 in rectangle for x in range(x1, x2) for y in range(y1, y2)}
    top = max(max(r) for r in rectangle)  # squares 0..top surround the shape with a margin
    outside, todo = {(0, 0)}, [(0, 0)]
    for x, y in todo:
        for dx, dy in SIDES:
            square = (x + dx, y + dy)
            if 0 <= min(square) and max(square) <= top and square not in covered and square not in outside:
                outside.add(square)
                todo.append(square)
    links = {}
    for x, y in covered:
        for dx, dy in SIDES:
            if (x + dx, y + dy) in outside:
                a, b = edge(x, y, dx, dy)
                links.setdefault(a, []).append(b)
                links.setdefault(b, []).append(a)
    loop = sum(map(len, links.values())) // 2
    previous, here, steps = None, (characterX, characterY), 0
    while here != (itemX, itemY):
        previous, here = here, next(p for p in links[here] if p != previous)
        steps += 1
    return min(steps, loop - steps)

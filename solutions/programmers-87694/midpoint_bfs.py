"""Breadth-first search on the original points, stepping only where the midpoint is on the outline too.

A point is on the outline when it lies on some rectangle's edge and strictly
inside none. Checking the step's midpoint (a half-integer point) stops the
search from crossing a one-unit gap between two edges, without doubling the map.

Time: O(C^2 * R) for coordinates up to C = 50 and R rectangles. Space: O(C^2).
"""

from collections import deque


def solution(rectangle, characterX, characterY, itemX, itemY):
    """Shortest distance along the outer outline from the character to the item."""

    def on_outline(x, y):
        """(x, y) is on some rectangle's edge and strictly inside no rectangle."""
        inside = any(x1 < x < x2 and y1 < y < y2 for x1, y1, x2, y2 in rectangle)
        on_edge = any((x in (x1, x2) and y1 <= y <= y2) or (y in (y1, y2) and x1 <= x <= x2)
                      for x1, y1, x2, y2 in rectangle)
        return on_edge and not inside

    dist = {(characterX, characterY): 0}
    queue = deque(dist)
    while queue:
        x, y = queue.popleft()
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nxt = (x + dx, y + dy)
            if nxt not in dist and on_outline(*nxt) and on_outline(x + dx / 2, y + dy / 2):
                dist[nxt] = dist[(x, y)] + 1
                queue.append(nxt)
    return dist[(itemX, itemY)]

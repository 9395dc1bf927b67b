"""Breadth-first search from every seated person, two steps deep, never entering a partition.

Reaching another person within two steps means a route not blocked by partitions.

Time: O(25) per person, 5 rooms. Space: O(25).
"""

from collections import deque


def keeps_distance(room):
    """True when no person reaches another within two steps around partitions."""
    for r in range(5):
        for c in range(5):
            if room[r][c] != "P":
                continue
            queue, seen = deque([(r, c, 0)]), {(r, c)}
            while queue:
                y, x, d = queue.popleft()
                if d and room[y][x] == "P":
                    return False
                if d < 2:
                    for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                        if 0 <= ny < 5 and 0 <= nx < 5 and (ny, nx) not in seen and room[ny][nx] != "X":
                            seen.add((ny, nx))
                            queue.append((ny, nx, d + 1))
    return True


def solution(places):
    """1 for each room where everyone keeps their distance, else 0."""
    return [int(keeps_distance(room)) for room in places]

"""Take every pair of seated people within Manhattan distance 2 and walk every shortest path between them.

The pair keeps its distance only if each such path crosses a partition: the one
cell between them in a line, both corner cells on a diagonal, and an adjacent
pair has no cell to block it. Pairs and paths are listed outright, so it is the oracle.

Time: O(p^2) per room for p people (25 cells). Space: O(p).
"""

from itertools import combinations


def paths(r1, c1, r2, c2):
    """Every shortest grid path from (r1, c1) to (r2, c2), as lists of the cells strictly between."""
    if (r1, c1) == (r2, c2):
        return [[]]
    steps = []
    if r1 != r2:
        steps.append((r1 + (1 if r2 > r1 else -1), c1))
    if c1 != c2:
        steps.append((r1, c1 + (1 if c2 > c1 else -1)))
    return [([cell] if cell != (r2, c2) else []) + rest for cell in steps for rest in paths(*cell, r2, c2)]


def keeps_distance(room):
    """True when every pair within distance 2 has a partition on every shortest path between them."""
    people = [(r, c) for r in range(5) for c in range(5) if room[r][c] == "P"]
    for (r1, c1), (r2, c2) in combinations(people, 2):
        if abs(r1 - r2) + abs(c1 - c2) <= 2:
            if not all(any(room[r][c] == "X" for r, c in path) for path in paths(r1, c1, r2, c2)):
                return False
    return True


def solution(places):
    """1 for each room where everyone keeps their distance, else 0."""
    return [int(keeps_distance(room)) for room in places]

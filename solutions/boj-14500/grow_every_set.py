"""Grow every edge-connected set of four cells, one neighbouring cell at a time, and keep the best sum.

No list of shapes to get wrong: a tetromino is exactly a set of four cells that
can be built by adding, each time, a cell next to one already taken. Sets are
kept as frozensets so each is counted once. The oracle.

Time: O(N * M * 4^3 * 16) with set hashing. Space: O(N * M) sets at a time, per start cell.
"""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
value = {(r, c): int(data[2 + r * m + c]) for r in range(n) for c in range(m)}


def neighbours(cell):
    r, c = cell
    for other in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
        if other in value:
            yield other


best = 0
for start in value:
    sets = {frozenset([start])}
    for _ in range(3):
        sets = {piece | {other} for piece in sets for cell in piece for other in neighbours(cell) if other not in piece}
    for piece in sets:
        best = max(best, sum(value[cell] for cell in piece))
print(best)

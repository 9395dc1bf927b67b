"""Direct simulation: distances by repeated relaxation until nothing changes, then the rules read literally.

Each round, every cell's distance is lowered to one more than a neighbour's, sweep
after sweep, until a sweep changes nothing; cells holding a fish bigger than the
shark are never entered. Among the fish smaller than the shark with a distance,
sort by (distance, row, column) and eat the first. The oracle: no queue, no order
of visiting to get wrong.

Time: O(F * N^2 * L) for F fish and longest path L. Space: O(N^2).
"""
import sys

INF = float("inf")
lines = sys.stdin.read().split("\n")
n = int(lines[0])
sea = {}
for r in range(n):
    for c, v in enumerate(lines[1 + r].split()):
        sea[r, c] = int(v)
shark = [cell for cell in sea if sea[cell] == 9][0]
sea[shark] = 0
size = 2
eaten_at_this_size = 0
clock = 0
while True:
    dist = {cell: INF for cell in sea}
    dist[shark] = 0
    changed = True
    while changed:
        changed = False
        for (r, c) in sea:
            if sea[r, c] > size:
                continue
            for other in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if other in dist and dist[other] + 1 < dist[r, c]:
                    dist[r, c] = dist[other] + 1
                    changed = True
    edible = [(dist[cell], cell[0], cell[1]) for cell in sea
              if 1 <= sea[cell] < size and dist[cell] < INF]
    if not edible:
        break
    edible.sort()
    d, r, c = edible[0]
    clock += d
    shark = (r, c)
    sea[shark] = 0
    eaten_at_this_size += 1
    if eaten_at_this_size == size:
        size += 1
        eaten_at_this_size = 0
print(clock)

"""Grow the reached area one layer (one second) at a time; stop at the first layer holding an edible fish.

The layer is scanned in sorted order, so its topmost-leftmost edible fish is eaten.
Layers are kept as sets of cells; the visited area is one set too.

Time: O(F * N^2 log N) for F fish. Space: O(N^2).
"""
import sys

input = sys.stdin.readline

n = int(input())
sea = [list(map(int, input().split())) for _ in range(n)]
pos = [(r, c) for r in range(n) for c in range(n) if sea[r][c] == 9][0]
sea[pos[0]][pos[1]] = 0
size, eaten, time = 2, 0, 0
while True:
    layer, reached, steps, target = {pos}, {pos}, 0, None
    while layer and target is None:
        nxt = set()
        for r, c in layer:
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < n and 0 <= nc < n and (nr, nc) not in reached and sea[nr][nc] <= size:
                    nxt.add((nr, nc))
        reached |= nxt
        layer = nxt
        steps += 1
        edible = sorted(cell for cell in layer if 0 < sea[cell[0]][cell[1]] < size)
        if edible:
            target = edible[0]
    if target is None:
        break
    time += steps
    pos = target
    sea[pos[0]][pos[1]] = 0
    eaten += 1
    if eaten == size:
        size, eaten = size + 1, 0
print(time)

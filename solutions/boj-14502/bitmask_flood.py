"""The map as bit masks: the virus floods by shifting the infected bits, 64 cells at a time.

Cell (r, c) is bit r * M + c. One flooding step ORs the infected mask shifted one
row up and down and one column left and right (masked so nothing wraps past an
edge), then keeps only open cells. For each choice of three walls, flood until
nothing changes and count the open cells left over.

Time: O(C(E, 3) * D) big-integer steps, for E empty cells and spreading depth D. Space: O(E).
"""
import sys
from itertools import combinations

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
cells = list(map(int, data[2:2 + n * m]))
empty = [1 << i for i, v in enumerate(cells) if v == 0]
virus = sum(1 << i for i, v in enumerate(cells) if v == 2)
full = (1 << n * m) - 1
left_edge = sum(1 << r * m for r in range(n))
not_first = full & ~left_edge                         # cells that may receive from their left
not_last = full & ~(left_edge << (m - 1))             # cells that may receive from their right
open_cells = sum(empty)
best = 0
for a, b, c in combinations(empty, 3):
    room = open_cells & ~(a | b | c)
    reach = virus
    while True:
        grown = reach | ((reach << 1) & not_first) | ((reach >> 1) & not_last) | (reach << m) | (reach >> m)
        grown &= room | virus
        if grown == reach:
            break
        reach = grown
    best = max(best, bin(room & ~reach).count("1"))
print(best)

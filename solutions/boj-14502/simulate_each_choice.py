"""For every choice of three empty cells, raise the walls and let the virus spread day by day.

Each day, every empty cell with an infected neighbour becomes infected (judged
from the morning's map); when a day infects nothing, the empty cells left are
the safe area. No queue and no visiting order to get wrong: the oracle.

Time: O(C(E, 3) * E * D) for E empty cells and D days of spreading. Space: O(N * M).
"""
import sys
from itertools import combinations

input = sys.stdin.readline

n, m = map(int, input().split())
lab = [list(map(int, input().split())) for _ in range(n)]
cells = [(r, c) for r in range(n) for c in range(m)]
near = {(r, c): [(r + dr, c + dc) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))
                 if 0 <= r + dr < n and 0 <= c + dc < m] for r, c in cells}
empty = [cell for cell in cells if lab[cell[0]][cell[1]] == 0]
best = 0
for walls in combinations(empty, 3):
    infected = {cell for cell in cells if lab[cell[0]][cell[1]] == 2}
    safe = set(empty) - set(walls)
    while True:
        caught = [cell for cell in safe if any(other in infected for other in near[cell])]
        if not caught:
            break
        infected.update(caught)
        safe.difference_update(caught)
    best = max(best, len(safe))
print(best)

"""Rotates each loop cyclically: the dust that enters the purifier comes out again beside it instead of vanishing."""
import sys

data = sys.stdin.buffer.read().split()
R, C, T = int(data[0]), int(data[1]), int(data[2])
cells = [int(x) for x in data[3:3 + R * C]]
top = cells.index(-1) // C
bottom = top + 1
purifier = {top * C, bottom * C}
near = []
for i in range(R * C):
    r, c = divmod(i, C)
    near.append([nr * C + nc for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1))
                 if 0 <= nr < R and 0 <= nc < C and nr * C + nc not in purifier])


def ring(row, edge, step):
    """Indices of the loop from the cell right of the purifier, in the direction of the air."""
    path = [row * C + c for c in range(1, C)]
    path += [r * C + C - 1 for r in range(row + step, edge + step, step)]
    path += [edge * C + c for c in range(C - 2, -1, -1)]
    path += [r * C for r in range(edge - step, row, -step)]
    return path


rings = [ring(top, 0, -1), ring(bottom, R - 1, 1)]
for _ in range(T):
    new = [0] * (R * C)
    for i in range(R * C):
        a = cells[i]
        if a >= 5:
            share = a // 5
            targets = near[i]
            for j in targets:
                new[j] += share
            new[i] += a - share * len(targets)
        elif a > 0:
            new[i] += a
    for path in rings:
        values = [new[i] for i in path]
        for i, v in zip(path, values[-1:] + values[:-1]):
            new[i] = v
    cells = new
print(sum(cells))

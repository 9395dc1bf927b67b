"""Breadth-first search on one flat list, every box framed by empty cells and an empty box above and below.

Cell (z, r, c) is index ((z + 1) * (N + 2) + r + 1) * (M + 2) + c + 1, so the six
neighbours are i ± 1, i ± (M + 2) and i ± (M + 2)(N + 2), and the frame (-1)
needs no bounds checks. The queue is a list read with a moving head.

Time: O(H * N * M). Space: O(H * N * M).
"""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    m, n, h = int(data[0]), int(data[1]), int(data[2])
    width, layer = m + 2, (m + 2) * (n + 2)
    cells = [-1] * layer
    at = 3
    for _ in range(h):
        cells += [-1] * width
        for _ in range(n):
            cells += [-1, *map(int, data[at:at + m]), -1]
            at += m
        cells += [-1] * width
    cells += [-1] * layer
    queue = [i for i, v in enumerate(cells) if v == 1]
    for i in queue:  # grows while it is read
        ripe = cells[i] + 1
        for j in (i - 1, i + 1, i - width, i + width, i - layer, i + layer):
            if cells[j] == 0:
                cells[j] = ripe
                queue.append(j)
    print(-1 if 0 in cells else cells[queue[-1]] - 1)


main()

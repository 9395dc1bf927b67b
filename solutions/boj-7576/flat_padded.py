"""Breadth-first search on one flat list, the box framed by a border of empty cells.

Cell (r, c) is index (r + 1) * (M + 2) + c + 1, so the four neighbours are
i - 1, i + 1, i - W and i + W and the border (-1) needs no bounds checks. The
queue is a plain list read with a moving head: nothing is ever removed from it.

Time: O(N * M). Space: O(N * M).
"""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    m, n = int(data[0]), int(data[1])
    width = m + 2
    cells = [-1] * width + [-1, *map(int, data[2:2 + m]), -1]
    for r in range(1, n):
        cells += [-1, *map(int, data[2 + r * m:2 + (r + 1) * m]), -1]
    cells += [-1] * width
    queue = [i for i, v in enumerate(cells) if v == 1]
    for i in queue:  # the list grows while it is read: a queue with a moving head
        ripe = cells[i] + 1
        for j in (i - 1, i + 1, i - width, i + width):
            if cells[j] == 0:
                cells[j] = ripe
                queue.append(j)
    print(-1 if 0 in cells else cells[queue[-1]] - 1)


main()

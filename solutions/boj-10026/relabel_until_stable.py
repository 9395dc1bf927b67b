"""Give every cell a label, then let each take the smallest label of a same-colour neighbour, until none changes.

Labels only flow between neighbours that look alike, so when they settle each
region holds exactly one label: its smallest. Count the labels left, once as
everyone sees the picture and once with red and green made one colour. No
search, no visited table: the oracle.

Time: O(N^2 * sweeps), up to O(N^4) on a winding region. Space: O(N^2).
"""
import sys

input = sys.stdin.readline


def regions(picture):
    """The number of regions: 4-connected cells of one colour."""
    n = len(picture)
    label = [[r * n + c for c in range(n)] for r in range(n)]
    changed = True
    while changed:
        changed = False
        for r in range(n):
            for c in range(n):
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if (0 <= nr < n and 0 <= nc < n and picture[nr][nc] == picture[r][c]
                            and label[nr][nc] < label[r][c]):
                        label[r][c] = label[nr][nc]
                        changed = True
    return len({x for row in label for x in row})


n = int(input())
picture = [input().strip() for _ in range(n)]
print(regions(picture), regions([row.replace("G", "R") for row in picture]))

"""Lists the T in two orientations only (ㅗ and ㅜ): a best piece shaped ㅏ or ㅓ is missed."""
import sys

input = sys.stdin.readline

SHAPES = [
    [(0, 0), (0, 1), (0, 2), (0, 3)], [(0, 0), (1, 0), (2, 0), (3, 0)],                # I
    [(0, 0), (0, 1), (1, 0), (1, 1)],                                                  # O
    [(0, 0), (1, 0), (2, 0), (2, 1)], [(0, 1), (1, 1), (2, 1), (2, 0)],                # L and J, tall
    [(0, 0), (0, 1), (1, 0), (2, 0)], [(0, 0), (0, 1), (1, 1), (2, 1)],
    [(0, 0), (0, 1), (0, 2), (1, 0)], [(0, 0), (0, 1), (0, 2), (1, 2)],                # L and J, wide
    [(0, 0), (1, 0), (1, 1), (1, 2)], [(0, 2), (1, 0), (1, 1), (1, 2)],
    [(0, 0), (1, 0), (1, 1), (2, 1)], [(0, 1), (1, 1), (1, 0), (2, 0)],                # S and Z
    [(0, 1), (0, 2), (1, 0), (1, 1)], [(0, 0), (0, 1), (1, 1), (1, 2)],
    [(0, 0), (0, 1), (0, 2), (1, 1)], [(1, 0), (1, 1), (1, 2), (0, 1)],                # T: ㅜ ㅗ
]

n, m = map(int, input().split())
paper = [list(map(int, input().split())) for _ in range(n)]
best = 0
for shape in SHAPES:
    height = max(r for r, _ in shape) + 1
    width = max(c for _, c in shape) + 1
    (a, b), (c, d), (e, f), (g, h) = shape
    for r in range(n - height + 1):
        for s in range(m - width + 1):
            total = paper[r + a][s + b] + paper[r + c][s + d] + paper[r + e][s + f] + paper[r + g][s + h]
            if total > best:
                best = total
print(best)

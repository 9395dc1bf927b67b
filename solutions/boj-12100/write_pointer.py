"""Backtracking over five moves, each move done in place on the lines with a write pointer.

For each line read toward the wall, a pointer marks where the next tile lands: a tile
equal to the one under the pointer merges into it and the pointer moves on (so it
cannot merge again); otherwise it goes to the next free place. Boards that repeat at
the same depth are searched once.

Time: O(4^5 * N^2). Space: O(N^2) per level of the search.
"""
import sys

input = sys.stdin.readline


def squeeze(values):
    n = len(values)
    out = [0] * n
    at = 0
    for v in values:
        if v == 0:
            continue
        if out[at] == 0:
            out[at] = v
        elif out[at] == v:
            out[at] = v * 2
            at += 1
        else:
            at += 1
            out[at] = v
    return out


def moved(board, d):
    n = len(board)
    if d == 0:  # left
        return tuple(tuple(squeeze(row)) for row in board)
    if d == 1:  # right
        return tuple(tuple(squeeze(row[::-1])[::-1]) for row in board)
    cols = [[board[r][c] for r in range(n)] for c in range(n)]
    if d == 2:  # up
        new = [squeeze(col) for col in cols]
    else:  # down
        new = [squeeze(col[::-1])[::-1] for col in cols]
    return tuple(tuple(new[c][r] for c in range(n)) for r in range(n))


n = int(input())
board = tuple(tuple(map(int, input().split())) for _ in range(n))
level = {board}
best = max(map(max, board))
for _ in range(5):
    level = {moved(b, d) for b in level for d in range(4)}
    best = max(best, max(max(map(max, b)) for b in level))
print(best)

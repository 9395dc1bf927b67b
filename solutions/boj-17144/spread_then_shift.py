"""Spread with an array of changes, then shift each loop in place, starting at the cell beside the purifier's intake.

The changes of one second are added up in a separate grid, so every cell spreads from
its amount at the start of the second. The top loop is shifted counter-clockwise and the
bottom loop clockwise by copying each cell from the one upstream, beginning where the
air enters the purifier, so no amount is overwritten before it moves.

Time: O(T * R * C). Space: O(R * C).
"""
import sys

input = sys.stdin.readline

R, C, T = map(int, input().split())
A = [list(map(int, input().split())) for _ in range(R)]
top = next(r for r in range(R) if A[r][0] == -1)
bottom = top + 1

for _ in range(T):
    add = [[0] * C for _ in range(R)]
    for r in range(R):
        row = A[r]
        for c in range(C):
            a = row[c]
            if a >= 5:
                share = a // 5
                for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= nr < R and 0 <= nc < C and A[nr][nc] != -1:
                        add[nr][nc] += share
                        add[r][c] -= share
    for r in range(R):
        for c in range(C):
            A[r][c] += add[r][c]
    # top loop, counter-clockwise: down the left column into the purifier, then left along the top, ...
    for r in range(top - 1, 0, -1):
        A[r][0] = A[r - 1][0]
    for c in range(C - 1):
        A[0][c] = A[0][c + 1]
    for r in range(top):
        A[r][C - 1] = A[r + 1][C - 1]
    for c in range(C - 1, 1, -1):
        A[top][c] = A[top][c - 1]
    A[top][1] = 0
    # bottom loop, clockwise
    for r in range(bottom + 1, R - 1):
        A[r][0] = A[r + 1][0]
    for c in range(C - 1):
        A[R - 1][c] = A[R - 1][c + 1]
    for r in range(R - 1, bottom, -1):
        A[r][C - 1] = A[r - 1][C - 1]
    for c in range(C - 1, 1, -1):
        A[bottom][c] = A[bottom][c - 1]
    A[bottom][1] = 0

print(sum(map(sum, A)) + 2)

"""Breadth-first search over the two beads' positions; each bead rolls alone, then a tie is broken by distance.

Each bead rolls until the cell ahead is a wall or it drops into the hole, counting its
steps. If blue drops, the tilt is a failure; if only red drops, the answer is the depth.
If both stop on the same cell, the one that rolled farther was behind and steps back one.

Time: O((N * M)^2 * (N + M)). Space: O((N * M)^2).
"""
import sys
from collections import deque

input = sys.stdin.readline


def roll(board, r, c, dr, dc):
    steps = 0
    while board[r + dr][c + dc] != "#" and board[r][c] != "O":
        r, c = r + dr, c + dc
        steps += 1
    return r, c, steps


n, m = map(int, input().split())
board = [input().rstrip("\n") for _ in range(n)]
for r in range(n):
    for c in range(m):
        if board[r][c] == "R":
            red = (r, c)
        elif board[r][c] == "B":
            blue = (r, c)
seen = {(red, blue)}
queue = deque([(red, blue, 0)])
answer = -1
while queue and answer < 0:
    (rr, rc), (br, bc), depth = queue.popleft()
    if depth == 10:
        break
    for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        nrr, nrc, red_steps = roll(board, rr, rc, dr, dc)
        nbr, nbc, blue_steps = roll(board, br, bc, dr, dc)
        if board[nbr][nbc] == "O":
            continue
        if board[nrr][nrc] == "O":
            answer = depth + 1
            break
        if (nrr, nrc) == (nbr, nbc):
            if red_steps > blue_steps:
                nrr, nrc = nrr - dr, nrc - dc
            else:
                nbr, nbc = nbr - dr, nbc - dc
        state = ((nrr, nrc), (nbr, nbc))
        if state not in seen:
            seen.add(state)
            queue.append((state[0], state[1], depth + 1))
print(answer)

"""Rolls each bead as if the other were not there: two beads stopping on the same cell are left on top of each other."""
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
        state = ((nrr, nrc), (nbr, nbc))
        if state not in seen:
            seen.add(state)
            queue.append((state[0], state[1], depth + 1))
print(answer)

"""Does not count the second of the crash: prints the last second the snake survived."""
import sys
from collections import deque

input = sys.stdin.readline

n = int(input())
board = [[0] * (n + 1) for _ in range(n + 1)]
for _ in range(int(input())):
    r, c = map(int, input().split())
    board[r][c] = 1
turns = {}
for _ in range(int(input())):
    x, ch = input().split()
    turns[int(x)] = ch
DR, DC = (0, 1, 0, -1), (1, 0, -1, 0)  # right, down, left, up: "D" is +1, "L" is -1
snake = deque([(1, 1)])
board[1][1] = 2
d, t = 0, 0
while True:
    t += 1
    r, c = snake[0]
    nr, nc = r + DR[d], c + DC[d]
    if not (1 <= nr <= n and 1 <= nc <= n) or board[nr][nc] == 2:
        break
    if board[nr][nc] != 1:
        tr, tc = snake.pop()
        board[tr][tc] = 0
    board[nr][nc] = 2
    snake.appendleft((nr, nc))
    if t in turns:
        d = (d + 1) % 4 if turns[t] == "D" else (d + 3) % 4
print(t - 1)

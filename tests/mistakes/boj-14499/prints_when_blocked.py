"""Prints the top face even when the move would leave the map (the move must be ignored and print nothing)."""
import sys

input = sys.stdin.readline

n, m, x, y, k = map(int, input().split())
board = [list(map(int, input().split())) for _ in range(n)]
commands = list(map(int, input().split()))
dx = (0, 0, 0, -1, 1)
dy = (0, 1, -1, 0, 0)
die = [0] * 6  # top, north, east, west, south, bottom
out = []
for cmd in commands:
    nx, ny = x + dx[cmd], y + dy[cmd]
    if not (0 <= nx < n and 0 <= ny < m):
        out.append(die[0])
        continue
    x, y = nx, ny
    t, no, e, w, s, b = die
    if cmd == 1:    # east: the west face comes up
        die = [w, no, t, b, s, e]
    elif cmd == 2:  # west: the east face comes up
        die = [e, no, b, t, s, w]
    elif cmd == 3:  # north: the south face comes up
        die = [s, t, e, w, b, no]
    else:           # south: the north face comes up
        die = [no, b, e, w, t, s]
    if board[x][y] == 0:
        board[x][y] = die[5]
    else:
        die[5] = board[x][y]
        board[x][y] = 0
    out.append(die[0])
print("\n".join(map(str, out)))

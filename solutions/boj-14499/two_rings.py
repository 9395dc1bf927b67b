"""Two rings of faces round the die, rotated like deques: east-west (top, east, bottom, west) and north-south.

Rolling east or west rotates the east-west ring by one; rolling north or south
rotates the north-south ring (top, north, bottom, south). The rings share the top
and the bottom, so after a roll the other ring's top and bottom are copied over.

Time: O(K) for K commands. Space: O(N * M).
"""
import sys
from collections import deque

data = sys.stdin.read().split()
n, m, x, y, k = map(int, data[:5])
board = [list(map(int, data[5 + r * m:5 + (r + 1) * m])) for r in range(n)]
commands = data[5 + n * m:5 + n * m + k]
across = deque([0, 0, 0, 0])  # top, east, bottom, west
along = deque([0, 0, 0, 0])   # top, north, bottom, south
move = {"1": (0, 1, across, 1), "2": (0, -1, across, -1), "3": (-1, 0, along, 1), "4": (1, 0, along, -1)}
out = []
for cmd in commands:
    dx, dy, ring, turn = move[cmd]
    if not (0 <= x + dx < n and 0 <= y + dy < m):
        continue
    x, y = x + dx, y + dy
    ring.rotate(turn)
    other = along if ring is across else across
    other[0], other[2] = ring[0], ring[2]
    if board[x][y] == 0:
        board[x][y] = ring[2]
    else:
        across[2] = along[2] = board[x][y]
        board[x][y] = 0
    out.append(ring[0])
print("\n".join(map(str, out)))

"""Stops when the cell behind is already cleaned, not only when it is a wall: backing up over cleaned cells is allowed."""
import sys

input = sys.stdin.readline

DR = (-1, 0, 1, 0)  # north, east, south, west
DC = (0, 1, 0, -1)

n, m = map(int, input().split())
r, c, d = map(int, input().split())
room = [list(map(int, input().split())) for _ in range(n)]
count = 0
while True:
    if room[r][c] == 0:
        room[r][c] = 2
        count += 1
    for _ in range(4):
        d = (d + 3) % 4
        nr, nc = r + DR[d], c + DC[d]
        if room[nr][nc] == 0:
            r, c = nr, nc
            break
    else:
        br, bc = r - DR[d], c - DC[d]
        if room[br][bc] != 0:
            break
        r, c = br, bc
print(count)

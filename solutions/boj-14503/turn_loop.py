"""Turn left up to four times looking for a dirty cell; when none is found, back up or stop.

The usual member's loop: mark the cell cleaned (2 on the map), then turn counter-
clockwise and look, at most four times, moving into the first dirty cell seen. After
four turns the robot faces its old direction again, so backing up uses it unchanged.

Time: O(N * M): every cell is entered forward once and backed through a bounded number of times. Space: O(N * M).
"""
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
        if room[br][bc] == 1:
            break
        r, c = br, bc
print(count)

"""The room as one flat list, a direction as an index offset; dirty neighbours found by a scan.

Cell (r, c) is index r * M + c, so north is -M, east +1, south +M, west -1. The walls
on the border mean no offset ever leaves the list. A cleaned cell is stored as 2.
When a neighbour is dirty, the next direction is the first dirty one counter-
clockwise from the current facing, found by walking the four offsets.

Time: O(N * M). Space: O(N * M).
"""
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
pos, d = int(data[2]) * m + int(data[3]), int(data[4])
room = [int(x) for x in data[5:5 + n * m]]
offset = (-m, 1, m, -1)
count = 0
while True:
    if room[pos] == 0:
        room[pos] = 2
        count += 1
    turns = 1
    while turns <= 4 and room[pos + offset[(d - turns) % 4]] != 0:
        turns += 1
    if turns <= 4:
        d = (d - turns) % 4
        pos += offset[d]
    elif room[pos - offset[d]] == 1:
        break
    else:
        pos -= offset[d]
print(count)

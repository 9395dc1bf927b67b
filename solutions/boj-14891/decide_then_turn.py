"""Direct simulation: read the contacts off the teeth as they stand, decide every gear's turn, then turn them all.

Gears are strings of 8 poles, 12 o'clock first, clockwise. Starting from the gear
turned, walk left and right while the two touching teeth (the left gear's 3 o'clock,
index 2, and the right gear's 9 o'clock, index 6) differ, flipping the direction at
each step. Only then are the gears turned, so no decision sees a turned gear. The oracle.

Time: O(K). Space: O(1).
"""
import sys

lines = sys.stdin.read().split()
gears = lines[:4]
k = int(lines[4])
for i in range(k):
    number, direction = int(lines[5 + 2 * i]), int(lines[6 + 2 * i])
    turn = [0, 0, 0, 0]
    g = number - 1
    turn[g] = direction
    left = g
    while left > 0 and gears[left - 1][2] != gears[left][6]:
        turn[left - 1] = -turn[left]
        left -= 1
    right = g
    while right < 3 and gears[right][2] != gears[right + 1][6]:
        turn[right + 1] = -turn[right]
        right += 1
    for j in range(4):
        if turn[j] == 1:
            gears[j] = gears[j][-1] + gears[j][:-1]
        elif turn[j] == -1:
            gears[j] = gears[j][1:] + gears[j][0]
score = 0
if gears[0][0] == "1":
    score += 1
if gears[1][0] == "1":
    score += 2
if gears[2][0] == "1":
    score += 4
if gears[3][0] == "1":
    score += 8
print(score)

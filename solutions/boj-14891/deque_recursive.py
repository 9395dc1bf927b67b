"""Each gear a deque; a recursive turn first asks each untouched neighbour to turn, then rotates itself.

turn(i, d) marks gear i, and for each unmarked neighbour whose touching tooth differs
(checked before gear i rotates) calls turn on it with -d; gear i rotates last, after
its neighbours have made their own checks. deque.rotate(1) is clockwise.

Time: O(K). Space: O(1).
"""
import sys
from collections import deque

input = sys.stdin.readline

gears = [deque(int(ch) for ch in input().strip()) for _ in range(4)]


def turn(i, d, done):
    done[i] = True
    if i > 0 and not done[i - 1] and gears[i - 1][2] != gears[i][6]:
        turn(i - 1, -d, done)
    if i < 3 and not done[i + 1] and gears[i][2] != gears[i + 1][6]:
        turn(i + 1, -d, done)
    gears[i].rotate(d)


for _ in range(int(input())):
    number, direction = map(int, input().split())
    turn(number - 1, direction, [False] * 4)
print(sum(1 << i for i in range(4) if gears[i][0] == 1))

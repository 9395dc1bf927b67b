"""Turns the wrong way: clockwise should bring the last tooth (10:30) to 12 o'clock, this brings the 1:30 tooth."""
import sys

data = sys.stdin.read().split()
teeth = [[int(ch) for ch in data[g]] for g in range(4)]
top = [0, 0, 0, 0]


def tooth(g, p):
    return teeth[g][(top[g] + p) % 8]


for i in range(int(data[4])):
    g, d = int(data[5 + 2 * i]) - 1, int(data[6 + 2 * i])
    turns = [0] * 4
    turns[g] = d
    for a in range(g, 0, -1):
        if tooth(a - 1, 2) == tooth(a, 6):
            break
        turns[a - 1] = -turns[a]
    for a in range(g, 3):
        if tooth(a, 2) == tooth(a + 1, 6):
            break
        turns[a + 1] = -turns[a]
    for a in range(4):
        top[a] = (top[a] + turns[a]) % 8
print(sum(tooth(g, 0) << g for g in range(4)))

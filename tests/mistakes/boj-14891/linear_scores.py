"""Scores gears 1 to 4 as 1, 2, 3, 4 instead of 1, 2, 4, 8 when the 12 o'clock tooth is S."""
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
        top[a] = (top[a] - turns[a]) % 8
print(sum(tooth(g, 0) * (g + 1) for g in range(4)))

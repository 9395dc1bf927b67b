"""Checks every contact on each side without stopping: a gear beyond one that stays still may still turn."""
import sys

data = sys.stdin.read().split()
gears = data[:4]
for i in range(int(data[4])):
    g, d = int(data[5 + 2 * i]) - 1, int(data[6 + 2 * i])
    turns = [0] * 4
    turns[g] = d
    for a in range(g, 0, -1):
        if gears[a - 1][2] != gears[a][6]:
            turns[a - 1] = -turns[a] if turns[a] else -d * (-1) ** (g - a)
    for a in range(g, 3):
        if gears[a][2] != gears[a + 1][6]:
            turns[a + 1] = -turns[a] if turns[a] else d * (-1) ** (a + 1 - g)
    for a in range(4):
        if turns[a] == 1:
            gears[a] = gears[a][-1] + gears[a][:-1]
        elif turns[a] == -1:
            gears[a] = gears[a][1:] + gears[a][0]
print(sum(1 << g for g in range(4) if gears[g][0] == "1"))

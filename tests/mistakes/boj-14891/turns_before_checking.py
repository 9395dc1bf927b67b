"""Turns each gear as soon as it is reached, then compares its neighbour with the already-turned teeth."""
import sys

data = sys.stdin.read().split()
gears = data[:4]


def rotate(g, d):
    gears[g] = gears[g][-1] + gears[g][:-1] if d == 1 else gears[g][1:] + gears[g][0]


for i in range(int(data[4])):
    g, d = int(data[5 + 2 * i]) - 1, int(data[6 + 2 * i])
    rotate(g, d)
    a, da = g, d
    while a > 0 and gears[a - 1][2] != gears[a][6]:
        a, da = a - 1, -da
        rotate(a, da)
    a, da = g, d
    while a < 3 and gears[a][2] != gears[a + 1][6]:
        a, da = a + 1, -da
        rotate(a, da)
print(sum(1 << g for g in range(4) if gears[g][0] == "1"))

"""Give every house its own label, then let each house take the smallest label around it until nothing changes.

Houses joined up, down, left or right end with the same label, the smallest in
their complex; counting each label's houses gives the sizes. No search order
and no stack: the oracle.

Time: O(N^2 * rounds), rounds up to N^2 on a winding complex. Space: O(N^2).
"""
import sys
from collections import Counter

input = sys.stdin.readline

n = int(input())
grid = [input().strip() for _ in range(n)]
label = {(r, c): r * n + c for r in range(n) for c in range(n) if grid[r][c] == "1"}
changed = True
while changed:
    changed = False
    for (r, c), mine in label.items():
        for near in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if near in label and label[near] < mine:
                mine = label[near]
        if mine < label[r, c]:
            label[r, c] = mine
            changed = True
sizes = sorted(Counter(label.values()).values())
print(len(sizes))
for size in sizes:
    print(size)

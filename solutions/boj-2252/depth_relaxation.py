"""Give every student a depth, the length of the longest chain of comparisons ending at them, then sort by depth.

Start all depths at 0 and, round after round, raise depth[B] to depth[A] + 1 for
every comparison "A B" until nothing changes (at most N rounds: a chain has fewer
than N links, as the comparisons admit an order). Then A < B in depth for every
comparison, so sorting by depth is a valid line. No queue, no search: the oracle.

Time: O(N * M + N log N). Space: O(N + M).
"""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
pairs = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(m)]
depth = [0] * (n + 1)
changed = True
while changed:
    changed = False
    for a, b in pairs:
        if depth[a] + 1 > depth[b]:
            depth[b] = depth[a] + 1
            changed = True
print(*sorted(range(1, n + 1), key=lambda s: depth[s]))

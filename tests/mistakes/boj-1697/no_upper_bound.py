"""Checks only X >= 0, never X <= 100,000: 2 * X past the end of the table raises IndexError."""
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
        if y >= 0 and seconds[y] < 0:
            seconds[y] = seconds[x] + 1
            queue.append(y)
print(seconds[k])

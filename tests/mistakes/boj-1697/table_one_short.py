"""Off by one: a table for positions 0 to 99,999, so N or K = 100,000 does not fit."""
from collections import deque

n, k = map(int, input().split())
seconds = [-1] * 100_000
seconds[n] = 0
queue = deque([n])
while queue:
    x = queue.popleft()
    if x == k:
        break
    for y in (x - 1, x + 1, 2 * x):
        if 0 <= y < 100_000 and seconds[y] < 0:
            seconds[y] = seconds[x] + 1
            queue.append(y)
print(seconds[k])

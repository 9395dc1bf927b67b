"""Limits the search to positions 0 to K + 1, forgetting that N may be above K (then N itself is off the table)."""
from collections import deque

n, k = map(int, input().split())
seconds = [-1] * (k + 2)
seconds[n] = 0
queue = deque([n])
while queue:
    x = queue.popleft()
    if x == k:
        break
    for y in (x - 1, x + 1, 2 * x):
        if 0 <= y <= k + 1 and seconds[y] < 0:
            seconds[y] = seconds[x] + 1
            queue.append(y)
print(seconds[k])

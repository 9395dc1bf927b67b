"""Breadth-first search from N over the numbers 1..N, each operation an edge of length 1.

Numbers are dequeued in order of how many operations reach them; the search
stops when 1 is dequeued.

Time: O(N). Space: O(N).
"""
from collections import deque

n = int(input())
ops = [-1] * (n + 1)
ops[n] = 0
queue = deque([n])
while queue:
    x = queue.popleft()
    if x == 1:
        break
    for y in (x // 3 if x % 3 == 0 else 0, x // 2 if x % 2 == 0 else 0, x - 1):
        if y and ops[y] < 0:
            ops[y] = ops[x] + 1
            queue.append(y)
print(ops[1])

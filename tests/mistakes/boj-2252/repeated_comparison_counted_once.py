"""Keeps each student's followers in a set but counts every comparison line: a repeated comparison is released once, counted twice, and the student never reaches 0."""
import sys
from collections import deque

input = sys.stdin.readline
n, m = map(int, input().split())
after = [set() for _ in range(n + 1)]
indegree = [0] * (n + 1)
for _ in range(m):
    a, b = map(int, input().split())
    after[a].add(b)
    indegree[b] += 1
ready = deque(s for s in range(1, n + 1) if indegree[s] == 0)
order = []
while ready:
    a = ready.popleft()
    order.append(a)
    for b in after[a]:
        indegree[b] -= 1
        if indegree[b] == 0:
            ready.append(b)
print(*order)

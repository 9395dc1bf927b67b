"""Prints the Python list itself, brackets and commas included, instead of the numbers separated by spaces."""
import sys
from collections import deque

input = sys.stdin.readline
n, m = map(int, input().split())
after = [[] for _ in range(n + 1)]
indegree = [0] * (n + 1)
for _ in range(m):
    a, b = map(int, input().split())
    after[a].append(b)
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
print(order)

"""Kahn's algorithm: line up the students nobody must precede, and release each student once all before them stand.

indegree[b] counts the comparisons that put someone before b (a repeated comparison
counts each time, and is released each time). A deque holds the students whose count
is 0; taking one out puts them in line and lowers the counts of those after them.
The line is printed with print(*order).

Time: O(N + M). Space: O(N + M).
"""
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
print(*order)

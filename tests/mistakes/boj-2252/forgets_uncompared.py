"""Lines up only the students named in some comparison: a student never compared is left out of the line."""
import sys
from collections import deque

input = sys.stdin.readline
n, m = map(int, input().split())
after = {}
indegree = {}
for _ in range(m):
    a, b = map(int, input().split())
    after.setdefault(a, []).append(b)
    after.setdefault(b, [])
    indegree[a] = indegree.get(a, 0)
    indegree[b] = indegree.get(b, 0) + 1
ready = deque(sorted(s for s in indegree if indegree[s] == 0))
order = []
while ready:
    a = ready.popleft()
    order.append(a)
    for b in after[a]:
        indegree[b] -= 1
        if indegree[b] == 0:
            ready.append(b)
print(*order)

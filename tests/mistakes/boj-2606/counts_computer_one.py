"""Counts computer 1 itself among the infected: one too many whenever 1 is linked to anyone."""
import sys
from collections import deque

input = sys.stdin.readline
n = int(input())
graph = [[] for _ in range(n + 1)]
for _ in range(int(input())):
    a, b = map(int, input().split())
    graph[a].append(b)
    graph[b].append(a)
seen = {1}
queue = deque([1])
while queue:
    here = queue.popleft()
    for there in graph[here]:
        if there not in seen:
            seen.add(there)
            queue.append(there)
print(len(seen) if len(seen) > 1 else 0)

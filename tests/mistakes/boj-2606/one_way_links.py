"""Stores each pair one way only, a to b: the worm never goes back along a link written the other way round."""
import sys
from collections import deque

input = sys.stdin.readline
n = int(input())
graph = [[] for _ in range(n + 1)]
for _ in range(int(input())):
    a, b = map(int, input().split())
    graph[a].append(b)
seen = {1}
queue = deque([1])
while queue:
    here = queue.popleft()
    for there in graph[here]:
        if there not in seen:
            seen.add(there)
            queue.append(there)
print(len(seen) - 1)

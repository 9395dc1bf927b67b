"""Prim that puts a vertex in the tree when its first edge is pushed, not when the lightest one is popped."""
import heapq
import sys

input = sys.stdin.readline
v, e = map(int, input().split())
graph = [[] for _ in range(v + 1)]
for _ in range(e):
    a, b, c = map(int, input().split())
    graph[a].append((c, b))
    graph[b].append((c, a))
in_tree = [False] * (v + 1)
in_tree[1] = True
heap = [(0, 1)]
total = 0
while heap:
    c, x = heapq.heappop(heap)
    total += c
    for w, y in graph[x]:
        if not in_tree[y]:
            in_tree[y] = True
            heapq.heappush(heap, (w, y))
print(total)

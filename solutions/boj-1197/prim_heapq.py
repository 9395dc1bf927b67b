"""Prim: grow one tree from vertex 1, always adding the lightest edge that leaves it (a heap of edges).

The heap holds (weight, vertex) for edges leaving the tree; a popped vertex already
in the tree is skipped (it is final when popped, not when pushed). The key is the
edge's own weight, never a path length, so negative weights need no care.

Time: O(E log E). Space: O(V + E).
"""
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
heap = [(0, 1)]
total = 0
added = 0
while heap and added < v:
    c, x = heapq.heappop(heap)
    if in_tree[x]:
        continue
    in_tree[x] = True
    total += c
    added += 1
    for edge in graph[x]:
        if not in_tree[edge[1]]:
            heapq.heappush(heap, edge)
print(total)

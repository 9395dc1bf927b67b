"""Array Prim that marks "no edge known yet" with a key of -1, as if weights were never negative: an edge of weight -1 is taken for "unset"."""
import sys

input = sys.stdin.readline
v, e = map(int, input().split())
graph = [[] for _ in range(v + 1)]
for _ in range(e):
    a, b, c = map(int, input().split())
    graph[a].append((b, c))
    graph[b].append((a, c))
key = [-1] * (v + 1)
in_tree = [False] * (v + 1)
key[1] = 0
total = 0
for _ in range(v):
    x = -1
    for y in range(1, v + 1):
        if not in_tree[y] and key[y] != -1 and (x == -1 or key[y] < key[x]):
            x = y
    if x == -1:  # an edge of weight -1 looks like no edge: take any vertex left
        x = next(y for y in range(1, v + 1) if not in_tree[y])
        key[x] = 0
    in_tree[x] = True
    total += key[x]
    for y, c in graph[x]:
        if not in_tree[y] and (key[y] == -1 or c < key[y]):
            key[y] = c
print(total)

"""Kruskal: take the edges from lightest to heaviest, keeping each one that joins two separate components.

Components live in a union-find with path halving and union by size, so each find is
nearly O(1) and no recursion is needed. Negative weights change nothing: sorting
puts them first. Stops once V - 1 edges are kept.

Time: O(E log E). Space: O(V + E).
"""
import sys

input = sys.stdin.readline

v, e = map(int, input().split())
edges = []
for _ in range(e):
    a, b, c = map(int, input().split())
    edges.append((c, a, b))
edges.sort()
parent = list(range(v + 1))
size = [1] * (v + 1)


def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


total = 0
kept = 0
for c, a, b in edges:
    ra, rb = find(a), find(b)
    if ra == rb:
        continue
    if size[ra] < size[rb]:
        ra, rb = rb, ra
    parent[rb] = ra
    size[ra] += size[rb]
    total += c
    kept += 1
    if kept == v - 1:
        break
print(total)

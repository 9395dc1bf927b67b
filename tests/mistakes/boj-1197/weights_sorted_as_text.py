"""Kruskal that sorts the edges by their weights as text ("-1" < "-5" and "10" < "9"), never converting them to numbers."""
import sys

input = sys.stdin.readline
v, e = map(int, input().split())
edges = [input().split() for _ in range(e)]
edges.sort(key=lambda edge: edge[2])
parent = list(range(v + 1))


def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


total = 0
for a, b, c in edges:
    ra, rb = find(int(a)), find(int(b))
    if ra != rb:
        parent[ra] = rb
        total += int(c)
print(total)

"""Takes every negative edge first ("they can only help"), then runs Kruskal on the rest: negative edges may close a cycle."""
import sys

input = sys.stdin.readline
v, e = map(int, input().split())
edges = []
for _ in range(e):
    a, b, c = map(int, input().split())
    edges.append((c, a, b))
parent = list(range(v + 1))


def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


total = 0
for c, a, b in edges:
    if c < 0:
        total += c
        parent[find(a)] = find(b)
for c, a, b in sorted(edges):
    if c >= 0 and find(a) != find(b):
        parent[find(a)] = find(b)
        total += c
print(total)

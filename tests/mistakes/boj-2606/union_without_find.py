"""A union-find that links the two computers themselves (parent[b] = a), not the roots of their groups."""
import sys

input = sys.stdin.readline
n = int(input())
parent = list(range(n + 1))


def find(x):
    while parent[x] != x:
        x = parent[x]
    return x


for _ in range(int(input())):
    a, b = map(int, input().split())
    if find(a) != find(b):
        parent[b] = a
root = find(1)
print(sum(1 for x in range(2, n + 1) if find(x) == root))
